package dev.neurona.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Past {@link ClassificationReport#MOST_CLASSES_IN_FULL} classes the terminal gets a summary (the
 * classes with the lowest F1, the most frequent confusions), and the full tables are written row
 * by row; class names from data are escaped and cut in both.
 */
class LargeClassificationReportTest {
    private static final int CLASSES = 2_000;

    /** Every class right 5 times; class c also taken for c + 1 (c + 1) % 7 times, and 3 → 9 forty times. */
    private static ClassificationReport many(List<String> names) {
        int k = names.size();
        int[][] confusion = new int[k][k];
        for (int c = 0; c < k; c++) {
            confusion[c][c] = 5;
            confusion[c][(c + 1) % k] = c % 7;
        }
        confusion[3][9] = 40;
        return ClassificationReport.ofConfusion(confusion, names);
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < count; c++) names.add("class" + c);
        return names;
    }

    @Test
    void aLargeReportIsSummarisedWithItsTopConfusions() {
        ClassificationReport report = many(names(CLASSES));

        String text = report.format();

        assertTrue(report.isSummarised());
        assertTrue(
                text.length() < 4_000,
                "a summary, not a table of " + CLASSES + " squared cells: " + text.length() + " chars");
        assertTrue(text.contains("scores of the 10 classes with the lowest F1 (of 2,000)"), text);
        assertTrue(text.contains("the 10 most frequent confusions (the confusion matrix has 2,000 classes)"), text);
        List<String> confusions = new ArrayList<>();
        for (String line : text.split("\n"))
            if (line.matches(" *class\\d+ +class\\d+ +\\d+"))
                confusions.add(line.trim().replaceAll(" +", " "));
        assertEquals("class3 class9 40", confusions.get(0), text);
        assertEquals("class6 class7 6", confusions.get(1), "then the largest counts, in matrix order: " + confusions);
        assertEquals(10, confusions.size());
        assertFalse(text.contains("confusion matrix (rows"), "no matrix in the summary");
    }

    @Test
    void fiveThousandClassesAreSummarisedInAFewKilobytesOfTextAndMemory() {
        ClassificationReport report = many(names(5_000));
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        String text = report.format();

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(report.isSummarised());
        assertTrue(text.length() < 4_000, text.length() + " characters");
        assertTrue(text.contains("the 10 most frequent confusions (the confusion matrix has 5,000 classes)"), text);
        // The full matrix as text would be 25 million cells, some 150 MB; the summary scans it once.
        assertTrue(allocated < 16L << 20, "allocated while formatting: " + allocated + " bytes");
    }

    @Test
    void theFullReportIsWrittenRowByRow() throws IOException {
        ClassificationReport report = many(names(CLASSES));
        LineCounter out = new LineCounter();

        report.writeFull(out);

        // accuracy, the scores' header, a row per class, two averages, the matrix title, header and rows
        assertEquals(1 + 1 + CLASSES + 2 + 1 + 1 + CLASSES, out.lines);
        assertTrue(out.longest < 16 * (CLASSES + 1), "one row of the matrix at a time: " + out.longest);
    }

    @Test
    void aSmallReportIsShownInFullAsBefore() throws IOException {
        ClassificationReport report = many(names(ClassificationReport.MOST_CLASSES_IN_FULL));
        StringBuilder full = new StringBuilder();
        report.writeFull(full);

        assertFalse(report.isSummarised());
        assertEquals(full.toString(), report.format());
        assertTrue(report.format().contains("confusion matrix (rows: true class, columns: predicted)"));
    }

    @Test
    void classNamesFromDataAreEscapedAndCutInTheSummaryAndTheFullTables() throws IOException {
        List<String> names = names(CLASSES);
        names.set(3, "\u001b]8;;http://evil\u0007click\u001b]8;;\u0007");
        names.set(9, "x".repeat(100_000));
        ClassificationReport report = many(names);
        StringBuilder full = new StringBuilder();
        report.writeFull(full);

        for (String text : List.of(report.format(), full.toString())) {
            assertFalse(text.contains("\u001b") || text.contains("\u0007"), "no raw escape reaches the terminal");
            assertTrue(text.contains("\\u001B]8;;http://evil\\u0007click"), "the escape shown as text");
            assertFalse(text.contains("x".repeat(81)), "a long name is cut");
            assertTrue(text.contains("… (100,000 characters)"), "with its length");
        }
    }

    /** Counts lines and the longest, holding none of them. */
    private static final class LineCounter implements Appendable {
        int lines;
        int longest;
        private int current;

        @Override
        public Appendable append(CharSequence text) {
            for (int i = 0; i < text.length(); i++) append(text.charAt(i));
            return this;
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) {
            return append(text.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            if (c == '\n') {
                lines++;
                longest = Math.max(longest, current);
                current = 0;
            } else {
                current++;
            }
            return this;
        }
    }
}
