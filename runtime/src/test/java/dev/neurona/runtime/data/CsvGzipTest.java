package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gzip-compressed CSV is recognised by its bytes, whatever its name, and read strictly. */
class CsvGzipTest {
    @TempDir
    Path dir;

    private static final String TABLE = tableText();

    private static String tableText() {
        StringBuilder text = new StringBuilder("x,colour,label\n");
        for (int r = 0; r < 20_000; r++)
            text.append(r * 0.25)
                    .append(",c")
                    .append(r % 5)
                    .append(',')
                    .append(r % 3 == 0 ? "yes" : "no")
                    .append('\n');
        return text.toString();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void assertSameData(Dataset expected, Dataset actual) {
        assertEquals(expected.schema(), actual.schema());
        assertArrayEquals(expected.features(), actual.features());
        assertArrayEquals(expected.labels(), actual.labels());
    }

    @Test
    void readsAGzipFileWhateverItsNameAsThePlainFile() throws IOException {
        Dataset plain =
                CsvLoader.load(file("plain.csv", TABLE.getBytes(StandardCharsets.UTF_8)), DataOptions.defaults());
        assertSameData(plain, CsvLoader.load(file("table.csv.gz", gzip(TABLE)), DataOptions.defaults()));
        assertSameData(plain, CsvLoader.load(file("named-plainly.csv", gzip(TABLE)), DataOptions.defaults()));
        assertEquals(List.of("x", "colour", "label"), CsvLoader.readHeader(dir.resolve("table.csv.gz"), ",", true));
    }

    @Test
    void readsMembersOneAfterAnother() throws IOException {
        int cut = TABLE.indexOf('\n', TABLE.length() / 2) + 1;
        byte[] first = gzip(TABLE.substring(0, cut));
        byte[] second = gzip(TABLE.substring(cut));
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        Dataset plain =
                CsvLoader.load(file("plain.csv", TABLE.getBytes(StandardCharsets.UTF_8)), DataOptions.defaults());
        assertSameData(plain, CsvLoader.load(file("two.csv.gz", both), DataOptions.defaults()));
    }

    @Test
    void refusesTrailingJunkATruncatedStreamAndABadChecksum() throws IOException {
        byte[] good = gzip(TABLE);
        byte[] junk = Arrays.copyOf(good, good.length + 3);
        junk[good.length] = 'x';
        Path junkFile = file("junk.csv.gz", junk);
        assertEquals(
                junkFile
                        + ": the file has bytes after the end of its gzip stream (appended data, or a damaged copy?); get a fresh copy of the file",
                assertThrows(DataException.class, () -> CsvLoader.load(junkFile, DataOptions.defaults()))
                        .getMessage());

        Path truncated = file("truncated.csv.gz", Arrays.copyOf(good, good.length / 2));
        assertEquals(
                truncated + ": the file is truncated (its gzip stream ends early)",
                assertThrows(DataException.class, () -> CsvLoader.load(truncated, DataOptions.defaults()))
                        .getMessage());

        byte[] corrupt = good.clone();
        corrupt[corrupt.length - 8] ^= 1;
        Path badCrc = file("crc.csv.gz", corrupt);
        assertEquals(
                badCrc + ": the file starts like gzip but is not valid gzip (its checksum does not match its contents)",
                assertThrows(DataException.class, () -> CsvLoader.load(badCrc, DataOptions.defaults()))
                        .getMessage());
    }

    @Test
    void theReferenceLoadReadsGzipToo() throws IOException {
        String mixed = "x,label\n1,a\nred,b\nblue,a\n";
        Path file = file("mixed.csv.gz", gzip(mixed));
        Dataset plain =
                CsvLoader.load(file("mixed.csv", mixed.getBytes(StandardCharsets.UTF_8)), DataOptions.defaults());
        assertSameData(plain, CsvLoader.load(file, DataOptions.defaults()));
    }
}
