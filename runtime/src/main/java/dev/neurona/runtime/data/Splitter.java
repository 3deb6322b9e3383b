package dev.neurona.runtime.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Deals rows into parts of given shares, shuffled, and for classification stratified by class.
 *
 * <p>Part sizes come first, by largest-remainder rounding of {@code rows × share}, so the sizes
 * are the same whatever the classes. Then each part but the last shares its size among the
 * classes, each class getting {@code floor(classRows × share)} rows, and the rows left over
 * going to the classes with the largest remainders (ties broken by a seeded order of the
 * classes); the last part takes every row still unassigned. So each part keeps each class's
 * proportion to within about one row. Inside each class the rows are dealt in a seeded random
 * order, and each part lists its rows in that same shuffled order.
 */
final class Splitter {
    private Splitter() {
    }

    /**
     * @param labels    the class of each row, or {@code null} to split without strata (regression)
     * @param classes   the number of classes (ignored without labels)
     * @param fractions each part's share; they add up to 1
     * @return for each part, the indices of its rows (into {@code 0..rows-1})
     */
    static int[][] split(int rows, int[] labels, int classes, double[] fractions, SplittableRandom random) {
        int[] order = Shuffles.permutation(rows, random);
        int[] sizes = Apportion.largestRemainder(rows, fractions);
        if (labels == null) return deal(order, sizes);

        int[][] quota = classQuotas(labels, classes, fractions, sizes, random);
        int[][] parts = new int[fractions.length][];
        int[] filled = new int[fractions.length];
        for (int p = 0; p < parts.length; p++) parts[p] = new int[sizes[p]];
        int[] dealt = new int[classes];
        for (int row : order) {
            int c = labels[row];
            int p = partOf(quota[c], dealt[c]++);
            parts[p][filled[p]++] = row;
        }
        return parts;
    }

    /** Consecutive runs of {@code order}, one per part. */
    private static int[][] deal(int[] order, int[] sizes) {
        int[][] parts = new int[sizes.length][];
        int at = 0;
        for (int p = 0; p < sizes.length; p++) {
            parts[p] = Arrays.copyOfRange(order, at, at + sizes[p]);
            at += sizes[p];
        }
        return parts;
    }

    /** {@code quota[c][p]}: how many rows of class {@code c} go to part {@code p}. */
    private static int[][] classQuotas(int[] labels, int classes, double[] fractions, int[] sizes, SplittableRandom random) {
        int[] classRows = new int[classes];
        for (int label : labels) classRows[label]++;
        int[] tieOrder = Shuffles.permutation(classes, random);
        int[] left = classRows.clone();
        int[][] quota = new int[classes][fractions.length];
        int last = fractions.length - 1;
        for (int p = 0; p < last; p++) {
            double[] remainder = new double[classes];
            int given = 0;
            for (int c = 0; c < classes; c++) {
                double exact = classRows[c] * fractions[p];
                quota[c][p] = Math.min((int) Math.floor(exact), left[c]);
                remainder[c] = exact - quota[c][p];
                given += quota[c][p];
            }
            for (; given < sizes[p]; given++) {
                int best = -1;
                for (int c : tieOrder) {
                    if (quota[c][p] < left[c] && (best < 0 || remainder[c] > remainder[best])) best = c;
                }
                quota[best][p]++;
                remainder[best] -= 1;
            }
            for (int c = 0; c < classes; c++) left[c] -= quota[c][p];
        }
        for (int c = 0; c < classes; c++) quota[c][last] = left[c];
        return quota;
    }

    /** The part of the {@code k}-th row (0-based) dealt from a class whose per-part quotas are given. */
    private static int partOf(int[] classQuota, int k) {
        int p = 0;
        int end = classQuota[0];
        while (k >= end) end += classQuota[++p];
        return p;
    }
}
