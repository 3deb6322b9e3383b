package dev.neurona.runtime.io;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.AllocationBound;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.flatten.FlattenSpec;
import dev.neurona.runtime.nn.norm.BatchNormSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.train.History;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated model files — bytes flipped, overwritten with extreme ints, cut or extended, with the
 * checksum repaired half the time so that the decoder itself is reached — are loaded or refused
 * with a {@link ModelFileException} in plain words, within the allocation bound; never another
 * exception. Tries: {@code jqwik.tries.default} (junit-platform.properties; raise it to fuzz longer).
 */
class ModelFileFuzzTest {
    private static final int HEADER = 16;
    private static final byte[] VALID = validFile();

    @Property
    void aMutatedFileLoadsOrIsRefusedInPlainWords(
            @ForAll("mutations") List<Mutation> mutations, @ForAll boolean repairChecksum) {
        byte[] bytes = VALID.clone();
        for (Mutation m : mutations) bytes = m.apply(bytes);
        if (repairChecksum) repairChecksum(bytes);
        byte[] input = bytes;

        Object outcome = AllocationBound.within(input.length, () -> ModelFile.fromBytes(input, "fuzz.nnm"));

        if (outcome instanceof RuntimeException e) {
            if (!(e instanceof ModelFileException refused)) throw new AssertionError("only our error may escape", e);
            assertTrue(refused.getMessage().startsWith("'fuzz.nnm' "), refused.getMessage());
            assertTrue(AllocationBound.isPlain(refused.getMessage()), refused.getMessage());
        } else {
            assertInstanceOf(ModelSnapshot.class, outcome);
        }
    }

    /** One edit of a file's bytes, as jqwik shows it when a sample fails. */
    record Mutation(String kind, int at, int value) {
        byte[] apply(byte[] bytes) {
            return switch (kind) {
                case "flip" -> {
                    if (at < bytes.length) bytes[at] ^= (byte) (1 << (value & 7));
                    yield bytes;
                }
                case "int" -> {
                    if (at + Integer.BYTES <= bytes.length)
                        ByteBuffer.wrap(bytes).putInt(at, value);
                    yield bytes;
                }
                case "cut" -> Arrays.copyOf(bytes, Math.min(at, bytes.length));
                default -> Arrays.copyOf(bytes, bytes.length + (value & 63) + 1);
            };
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length + 8);
        Arbitrary<Integer> extreme = Arbitraries.oneOf(
                Arbitraries.of(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 30, 46341, 65536),
                Arbitraries.integers());
        return Combinators.combine(Arbitraries.of("flip", "int", "int", "cut", "extend"), at, extreme)
                .as(Mutation::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(6);
    }

    /** Makes the length field and the checksum agree with the bytes, as a careful forger would. */
    private static void repairChecksum(byte[] bytes) {
        if (bytes.length < HEADER + Integer.BYTES) return;
        int body = bytes.length - HEADER - Integer.BYTES;
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.putLong(8, body);
        CRC32C crc = new CRC32C();
        crc.update(bytes, HEADER, body);
        buffer.putInt(bytes.length - Integer.BYTES, (int) crc.getValue());
    }

    /** A small conv network with batch norm and dense layers, as saved after building. */
    private static byte[] validFile() {
        ModelSpec spec = new ModelSpec(
                List.of(1, 6, 6),
                List.of(
                        new ConvSpec(2, 3, ActivationSpec.RELU),
                        new BatchNormSpec(),
                        new FlattenSpec(),
                        new DenseSpec(3, ActivationSpec.SOFTMAX)));
        Network network = new Network(spec, 7, new ComputePool(1));
        return ModelFile.toBytes(new ModelSnapshot(spec, null, null, new History(List.of()), network.copyWeights()));
    }
}
