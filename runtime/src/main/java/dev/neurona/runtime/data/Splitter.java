package dev.neurona.runtime.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

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
    private Splitter() {}

    /**
     * @param labels    the class of each row, or {@code null} to split without strata (regression)
     * @param classes   the number of classes (ignored without labels)
     * @param fractions each part's share; they add up to 1
     * @return for each part, the indices of its rows (into {@code 0..rows-1})
     */
    static int[][] split(int rows, int @Nullable [] labels, int classes, double[] fractions, SplittableRandom random) {
        Plan plan = plan(rows, labels == null ? null : classCounts(labels, classes), fractions, random);
        if (labels == null) {
            return deal(plan.order(), plan.sizes());
        }

        int[][] parts = new int[fractions.length][];
        int[] filled = new int[fractions.length];
        for (int p = 0; p < parts.length; p++) parts[p] = new int[plan.sizes()[p]];
        int[] dealt = new int[classes];
        for (int row : plan.order()) {
            int c = labels[row];
            int p = plan.partOf(c, dealt[c]++);
            parts[p][filled[p]++] = row;
        }
        return parts;
    }

    /**
     * Everything a split decides before looking at single rows, drawn from {@code random} exactly
     * as {@link #split} draws it: the shuffled order of the rows, the part sizes, and (with class
     * counts) how many rows of each class each part gets. Row {@code order[i]} goes, without
     * classes, to the part whose run of sizes holds position i; with classes, as the k-th row of
     * its class met along {@code order}, to part {@link Plan#partOf(int, int)}.
     *
     * @param classRows the number of rows of each class, or {@code null} to split without strata
     */
    static Plan plan(int rows, int @Nullable [] classRows, double[] fractions, SplittableRandom random) {
        int[] order = Shuffles.permutation(rows, random);
        int[] sizes = Apportion.largestRemainder(rows, fractions);
        int[][] quota = classRows == null ? null : classQuotas(classRows, fractions, sizes, random);
        return new Plan(order, sizes, quota);
    }

    /**
     * @param order the rows in their dealing order
     * @param sizes each part's number of rows
     * @param quota {@code quota[c][p]}: the rows of class c that part p gets; null without classes
     */
    record Plan(int[] order, int[] sizes, int @Nullable [][] quota) {
        /** The part of the {@code k}-th row (0-based) of class {@code c} met along the order. */
        int partOf(int c, int k) {
            return Splitter.partOf(Objects.requireNonNull(quota, "no classes")[c], k);
        }

        /** The part of the row at position {@code position} of the order, without classes. */
        int partAt(int position) {
            int p = 0;
            int end = sizes[0];
            while (position >= end) end += sizes[++p];
            return p;
        }
    }

    private static int[] classCounts(int[] labels, int classes) {
        int[] classRows = new int[classes];
        for (int label : labels) classRows[label]++;
        return classRows;
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
    private static int[][] classQuotas(int[] classRows, double[] fractions, int[] sizes, SplittableRandom random) {
        int classes = classRows.length;
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
                    if (quota[c][p] < left[c] && (best < 0 || remainder[c] > remainder[best])) {
                        best = c;
                    }
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
