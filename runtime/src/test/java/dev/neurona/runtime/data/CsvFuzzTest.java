package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.AllocationBound;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * CSV text made of the characters that break readers — quotes, delimiters, line breaks, BOMs,
 * escapes, NA, number fragments — sometimes gzip-compressed or cut short, read under random
 * options: the loader returns a data set whose sizes agree, or refuses with a
 * {@link DataException} naming the file; never another exception, within the allocation bound.
 */
class CsvFuzzTest {

    @Property
    void randomTextLoadsConsistentlyOrIsRefused(
            @ForAll("csvText") String text,
            @ForAll("missing") MissingPolicy missing,
            @ForAll boolean header,
            @ForAll boolean gzip)
            throws IOException {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = gzip ? IdxFiles.gzip(plain) : plain;
        Path file = Files.write(Files.createTempFile("fuzz", ".csv"), bytes);
        DataOptions options =
                DataOptions.builder().missing(missing).header(header).build();
        try {
            Object outcome = AllocationBound.within(bytes.length, () -> CsvLoader.load(file, options));

            if (outcome instanceof RuntimeException e) {
                if (!(e instanceof DataException refused)) throw new AssertionError("only our error may escape", e);
                assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
                assertTrue(AllocationBound.isPlain(refused.getMessage()), refused.getMessage());
            } else {
                Dataset data = (Dataset) outcome;
                assertTrue(data.rows() > 0);
                assertEquals((long) data.rows() * data.width(), data.features().length);
                assertEquals(data.width(), data.schema().featureNames().size());
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> piece = Arbitraries.of(
                "a",
                "b",
                "1",
                "2.5",
                "-3",
                "1e9",
                "1e40",
                ".",
                "e",
                "NA",
                "",
                " ",
                ",",
                ",",
                ",",
                ";",
                "\"",
                "\"\"",
                "\n",
                "\n",
                "\r\n",
                "\r",
                "\uFEFF",
                "\u001b[2J",
                "\u0000",
                "é",
                "\uD83D\uDE42",
                "\uD800",
                "x,y\n",
                "1,0\n",
                "2,1\n");
        return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<MissingPolicy> missing() {
        return Arbitraries.of(MissingPolicy.class);
    }
}
