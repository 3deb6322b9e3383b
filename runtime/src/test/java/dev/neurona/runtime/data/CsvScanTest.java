package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-pass load gives exactly what the reference load (whole table as text) gives, bit for
 * bit, and the same error messages; where it cannot decide it says so (null) rather than guess.
 */
class CsvScanTest {
    @TempDir
    Path dir;

    private int files;

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("t" + files++ + ".csv"), text, StandardCharsets.UTF_8);
    }

    private static void assertSame(Path file, DataOptions options) {
        Dataset scanned = CsvScan.load(file, options);
        assertNotNull(scanned, "the one pass settles this file itself");
        Dataset reference = CsvLoader.loadTable(file, options);
        assertEquals(reference.name(), scanned.name());
        assertEquals(reference.schema(), scanned.schema());
        assertEquals(reference.preprocessing(), scanned.preprocessing());
        assertEquals(reference.rows(), scanned.rows());
        assertArrayEquals(reference.features(), scanned.features());
        assertArrayEquals(reference.labels(), scanned.labels());
        assertArrayEquals(reference.targets(), scanned.targets());
    }

    private static void assertSameError(Path file, DataOptions options) {
        String reference = assertThrows(DataException.class, () -> CsvLoader.loadTable(file, options))
                .getMessage();
        String scanned = assertThrows(DataException.class, () -> CsvScan.load(file, options))
                .getMessage();
        assertEquals(reference, scanned);
    }

    @Test
    void numbersTextFeaturesAndTextClassesAsTheReference() throws IOException {
        Path file =
                csv("a,colour,b,label\n1.5,red,+2e3,yes\n-.5,blue,7,no\n\n 3 ,\"red\",0.1,yes\r\n4,green,1E-2,No\n");
        assertSame(file, DataOptions.defaults());
        assertSame(file, DataOptions.builder().target("b").build());
    }

    @Test
    void numberClassesAreGroupedByValue() throws IOException {
        Path file = csv("x,y\n1,007\n2,7\n3,1.50\n4,1.5\n5,-0\n");
        assertSame(file, DataOptions.defaults());
        assertSame(file, DataOptions.builder().task(Task.CLASSIFICATION).build());
    }

    @Test
    void regressionTargetsAndMissingPolicies() throws IOException {
        Path file = csv("x,t,y\n1,a,0.5\nNA,b,1.5\n3,,2.5\n4,a,NA\n5,b,3.25\n");
        assertSame(file, DataOptions.builder().missing(MissingPolicy.DROP).build());
        assertSame(file, DataOptions.builder().missing(MissingPolicy.MEAN).build());
        assertSameError(file, DataOptions.defaults());
    }

    @Test
    void quotedCellsWithQuotesDelimitersAndLineBreaks() throws IOException {
        Path file = csv("name;x;label\n\"a \"\"b\"\"\";1;\"p;q\"\n\"multi\r\nline\n\";2;  \"r\"  \nc;3;\"p;q\"\n");
        assertSame(file, DataOptions.builder().delimiter(";").build());
        Path later = csv("x,label\n1,a\n\"never,closed\n2,b\n");
        assertSameError(later, DataOptions.defaults());
        Path after = csv("x,label\n1,a\n2,\"b\"c\n");
        assertSameError(after, DataOptions.defaults());
    }

    @Test
    void aLongerDelimiterAndCellsLongerThanTheBuffer() throws IOException {
        String wide = "w".repeat(200_000);
        StringBuilder text = new StringBuilder("x::name::label\n");
        for (int r = 0; r < 50; r++) {
            text.append(r)
                    .append("::")
                    .append(r % 3 == 0 ? wide + r % 2 : "\"" + wide + "\"\"" + r % 2 + "\"")
                    .append("::c")
                    .append(r % 4)
                    .append('\n');
        }
        Path file = csv(text.toString());
        assertSame(file, DataOptions.builder().delimiter("::").build());
    }

    @Test
    void manyBatchesOfRowsAndAReadingErrorAfterThem() throws IOException {
        StringBuilder text = new StringBuilder("x,c,y\n");
        for (int r = 0; r < 9_000; r++)
            text.append(r * 0.37)
                    .append(",k")
                    .append(r % 7)
                    .append(',')
                    .append(r % 3)
                    .append('\n');
        assertSame(csv(text.toString()), DataOptions.defaults());
        text.append("1,2\n");
        assertSameError(csv(text.toString()), DataOptions.defaults());
    }

    @Test
    void lineNumbersOfErrorsCountLineBreaksInsideQuotes() throws IOException {
        Path file = csv("x,label\n1,\"a\nb\"\r\n2,c\r3\n4,\"d\r\ne\"\n5,NA\n");
        assertSameError(file, DataOptions.defaults());
        Path narrow = csv("x,y,label\n1,2,\"a\nb\"\n3,4\n");
        assertSameError(narrow, DataOptions.defaults());
    }

    @Test
    void emptyCasesAsTheReference() throws IOException {
        assertSameError(csv(""), DataOptions.defaults());
        assertSameError(csv("x,y\n"), DataOptions.defaults());
        assertSameError(
                csv("x,y\nNA,1\n2,NA\n"),
                DataOptions.builder().missing(MissingPolicy.DROP).build());
        assertSameError(
                csv("x,y\n1,NA\n"),
                DataOptions.builder().missing(MissingPolicy.MEAN).build());
        assertSameError(
                csv("x,y\nNA,1\n"),
                DataOptions.builder().missing(MissingPolicy.MEAN).build());
    }

    @Test
    void leavesMixedColumnsToTheReference() throws IOException {
        Path mixed = csv("x,label\n1,a\nred,b\nblue,a\n");
        assertNull(
                CsvScan.load(mixed, DataOptions.defaults()),
                "a text column holding a number: its category needs the text");
        Path bad = csv("x,label\n1,a\n2,b\nred,a\n");
        assertNull(CsvScan.load(bad, DataOptions.defaults()));
        assertEquals(
                CsvLoader.loadTable(mixed, DataOptions.defaults()).schema(),
                CsvLoader.load(mixed, DataOptions.defaults()).schema());
    }
}
