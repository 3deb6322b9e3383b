package dev.neurona.runtime.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** What a classification report with too many classes to show in full shows instead. */
final class ReportSummary {
    private ReportSummary() {}

    /** The {@code count} classes with the lowest F1; ties go to the class with more examples, then the first. */
    static int[] lowestF1(List<ClassificationReport.Scores> scores, int count) {
        Integer[] order = new Integer[scores.size()];
        Arrays.setAll(order, c -> c);
        Arrays.sort(
                order,
                Comparator.<Integer>comparingDouble(c -> scores.get(c).f1())
                        .thenComparing(c -> -scores.get(c).support())
                        .thenComparing(c -> c));
        return Arrays.stream(order, 0, Math.min(count, order.length))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * The {@code count} largest counts off the diagonal, as {@code {true class, predicted, count}},
     * largest first, ties in matrix order; cells that count nothing are left out.
     */
    static List<int[]> mostFrequentConfusions(int[][] confusion, int count) {
        Comparator<int[]> larger = Comparator.<int[]>comparingInt(cell -> cell[2])
                .thenComparing(cell -> -cell[0])
                .thenComparing(cell -> -cell[1]);
        PriorityQueue<int[]> kept = new PriorityQueue<>(count + 1, larger); // the smallest kept on top
        for (int t = 0; t < confusion.length; t++) {
            for (int p = 0; p < confusion[t].length; p++) {
                int n = confusion[t][p];
                if (t == p || n == 0) {
                    continue;
                }
                if (kept.size() == count && n <= kept.peek()[2]) {
                    continue;
                }
                kept.add(new int[] {t, p, n});
                if (kept.size() > count) {
                    kept.poll();
                }
            }
        }
        List<int[]> largestFirst = new ArrayList<>(kept);
        largestFirst.sort(larger.reversed());
        return largestFirst;
    }
}
