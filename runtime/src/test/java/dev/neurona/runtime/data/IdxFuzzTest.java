package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.AllocationBound;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * IDX files with random headers (types, dimension counts, sizes up to 2^31 that multiply past 32
 * bits), bodies shorter or longer than announced, plain or gzip-compressed: the reader returns
 * exactly what a header announces and the body holds, or refuses with a {@link DataException}
 * naming the file — within the allocation bound, never another exception.
 */
class IdxFuzzTest {

    @Property
    void aRandomFileIsReadExactlyOrRefused(
            @ForAll("dims") List<Integer> dims,
            @ForAll("types") int type,
            @ForAll @IntRange(min = 0, max = 4096) int bodyBytes,
            @ForAll boolean gzip,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 4200) Integer> flips)
            throws IOException {
        ByteBuffer header = ByteBuffer.allocate(4 + 4 * dims.size());
        header.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.size());
        for (int d : dims) header.putInt(d);
        byte[] plain = Arrays.copyOf(header.array(), header.capacity() + bodyBytes);
        for (int i = header.capacity(); i < plain.length; i++) plain[i] = (byte) (i * 31);
        byte[] bytes = gzip ? IdxFiles.gzip(plain) : plain;
        for (int at : flips) if (at < bytes.length) bytes[at] ^= 0x5A;
        Path file = Files.write(Files.createTempFile("fuzz", ".idx"), bytes);
        try {
            Object outcome = AllocationBound.within(bytes.length, () -> IdxReader.read(file));

            if (outcome instanceof RuntimeException e) {
                if (!(e instanceof DataException refused)) throw new AssertionError("only our error may escape", e);
                assertTrue(refused.getMessage().startsWith(file + ": "), refused.getMessage());
                assertTrue(AllocationBound.isPlain(refused.getMessage()), refused.getMessage());
            } else {
                IdxArray read = (IdxArray) outcome;
                long values = 1;
                for (int d : read.dims()) {
                    assertTrue(d > 0, "a dimension of " + d + " was accepted");
                    values *= d;
                }
                assertEquals(values, read.values().length);
                if (flips.isEmpty())
                    assertArrayEquals(dims.stream().mapToInt(Integer::intValue).toArray(), read.dims());
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<Integer>> dims() {
        Arbitrary<Integer> size = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 40),
                Arbitraries.of(65536, 46341, 1 << 16, 1 << 30, Integer.MAX_VALUE, -1, Integer.MIN_VALUE));
        return size.list().ofMinSize(0).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Integer> types() {
        return Arbitraries.oneOf(
                Arbitraries.of(0x08, 0x08, 0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E),
                Arbitraries.integers().between(0, 255));
    }
}
