package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells that would drive a terminal (escape and OSC sequences) or flood it (megabytes) are quoted safely in errors. */
class CsvHostileCellsTest {
    @TempDir
    Path dir;

    @Test
    void escapesAnOscSequenceInABadNumber() throws IOException {
        Path file = Files.writeString(
                dir.resolve("t.csv"), "x,y\n1,0\nno\u001b]0;owned\u0007here,1\n", StandardCharsets.UTF_8);

        DataException e = assertThrows(DataException.class, () -> CsvLoader.load(file, DataOptions.defaults()));

        assertEquals(
                file + ":3:1: 'no\\u001B]0;owned\\u0007here' is not a number (column 'x' holds numbers)",
                e.getMessage());
    }

    @Test
    void cutsAHugeCellInAMessage() throws IOException {
        String huge = "7a".repeat(2_000_000);
        Path file =
                Files.writeString(dir.resolve("t.csv"), "x,y\n1,0\n2,0\n3,0\n" + huge + ",1\n", StandardCharsets.UTF_8);

        DataException e = assertThrows(DataException.class, () -> CsvLoader.load(file, DataOptions.defaults()));

        assertEquals(
                file + ":5:1: '" + "7a".repeat(40)
                        + "… (4,000,000 characters)' is not a number (column 'x' holds numbers)",
                e.getMessage());
    }

    @Test
    void escapesATargetCellOfARegression() throws IOException {
        Path file =
                Files.writeString(dir.resolve("r.csv"), "x,y\n1,0.5\n2,clear\u001b[2Jscreen\n", StandardCharsets.UTF_8);

        DataException e = assertThrows(
                DataException.class,
                () -> CsvLoader.load(
                        file, DataOptions.builder().task(Task.REGRESSION).build()));

        assertEquals(
                file + ":3:2: 'clear\\u001B[2Jscreen' is not a number; the target 'y' of a regression needs numbers",
                e.getMessage());
    }

    @Test
    void takesALastCellOfOneBlankAsMissing() throws IOException {
        // Found by CsvFuzzTest: the one-pass scan cut such a cell to a negative length and failed.
        Path file = Files.writeString(dir.resolve("b.csv"), "x,y\n1,0\n3,1\n2, ", StandardCharsets.UTF_8);

        Dataset kept = CsvLoader.load(
                file, DataOptions.builder().missing(MissingPolicy.DROP).build());

        assertEquals(2, kept.rows());
    }
}
