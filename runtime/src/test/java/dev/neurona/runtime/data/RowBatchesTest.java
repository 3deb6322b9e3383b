package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Rows handed over in batches, with numbers parsed ahead on the splitting thread, read exactly as
 * the rows of the reader underneath: same cells, trimmed bounds, lines and values, bit for bit,
 * whichever columns were parsed ahead and however the share moved.
 */
class RowBatchesTest {
    private static final String[] CELLS = {
        "1", " -2.5 ", "+3e4", "1e400", ".5", "NA", "", "  ", "abc", "9007199254740993", "0.1234567890123456789", "7."
    };

    /** Many batches' worth of rows of assorted cells, some rows of another width, CR LF and LF line ends. */
    private static String table(long seed, int rows, int columns) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            int width = random.nextInt(50) == 0 ? columns + 1 : columns;
            for (int c = 0; c < width; c++) {
                if (c > 0) text.append(',');
                text.append(CELLS[random.nextInt(CELLS.length)]);
            }
            text.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        return text.toString();
    }

    private static void assertSameRows(String text, int columns, int[] ahead, boolean slowCaller) throws IOException {
        CsvRows plain = new CsvRowReader(new StringReader(text), "t.csv", ",");
        try (RowBatches batched = new RowBatches(new CsvRowReader(new StringReader(text), "t.csv", ","), "t.csv")) {
            assertTrue(batched.next());
            batched.parseAhead(columns, ahead);
            assertTrue(plain.next());
            int row = 0;
            do {
                assertEquals(plain.cellCount(), batched.cellCount(), "row " + row);
                assertEquals(plain.line(), batched.line(), "row " + row);
                for (int c = 0; c < plain.cellCount(); c++) {
                    int start = plain.trimmedStart(c);
                    int end = plain.trimmedEnd(c);
                    String where = "row " + row + " cell " + c;
                    assertEquals(
                            new String(plain.chars(), start, end - start),
                            new String(
                                    batched.chars(),
                                    batched.trimmedStart(c),
                                    batched.trimmedEnd(c) - batched.trimmedStart(c)),
                            where);
                    assertEquals(plain.text(c), batched.text(c), where);
                    double expected = NumberSyntax.value(plain.chars(), start, end);
                    double actual = batched.number(c, batched.trimmedStart(c), batched.trimmedEnd(c));
                    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), where);
                }
                if (slowCaller && row % 1000 == 0) {
                    sleep();
                }
                row++;
            } while (plain.next() && assertNext(batched));
            assertFalse(batched.next(), "both end after the same rows");
        }
    }

    private static boolean assertNext(RowBatches batched) throws IOException {
        assertTrue(batched.next(), "the batches have the row too");
        return true;
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void parsingAheadChangesNoCellNorValue() throws IOException {
        String text = table(3, 30_000, 6);
        assertSameRows(text, 6, new int[] {0, 1, 2, 3, 4, 5}, false);
        assertSameRows(text, 6, new int[] {5, 1, 3}, true);
        assertSameRows(text, 6, new int[0], false);
    }

    @Test
    void aFailureComesAfterEveryRowBeforeIt() throws IOException {
        String text = table(4, 10_000, 3) + "1,\"open\n";
        try (RowBatches batched = new RowBatches(new CsvRowReader(new StringReader(text), "t.csv", ","), "t.csv")) {
            batched.parseAhead(3, new int[] {0, 1, 2});
            DataException e = assertThrows(DataException.class, () -> {
                while (batched.next()) {
                    // read on to the broken row
                }
            });
            assertTrue(e.getMessage().contains("t.csv") && e.getMessage().contains("10001"), e.getMessage());
        }
    }
}
