package dev.neurona.spark.data;

import dev.neurona.runtime.data.TableRules;
import java.io.Serializable;
import java.util.Arrays;

/**
 * What one pass over some rows learns about the used columns: per feature column, how many
 * present cells are numbers and how many are text, the sum of the numbers, and the first cell
 * that is not a usable float; for the target, whether every cell is a number, a whole number,
 * and its first cell that is not a usable float. Partitions build one each; the driver merges
 * them in partition order, so sums do not depend on scheduling.
 */
final class ColumnProfile implements Serializable {
    private static final long serialVersionUID = 1L;
    static final long NONE = Long.MAX_VALUE;

    final long[] numbers;
    final long[] texts;
    final double[] sums;
    /** Per feature, the table index of its first cell that is text or beyond the float range, or {@link #NONE}. */
    final long[] firstBad;

    boolean targetAllNumbers = true;
    boolean targetAllIntegers = true;
    long targetFirstBad = NONE;

    ColumnProfile(int features) {
        numbers = new long[features];
        texts = new long[features];
        sums = new double[features];
        firstBad = new long[features];
        Arrays.fill(firstBad, NONE);
    }

    /** Takes in one row: {@code cells} are the features in order, then the target. */
    void add(long index, String[] cells) {
        int features = numbers.length;
        for (int k = 0; k < features; k++) {
            String cell = cells[k];
            if (TableRules.isMissing(cell)) continue;
            if (TableRules.isNumber(cell)) {
                numbers[k]++;
                double value = TableRules.number(cell);
                sums[k] += value;
                if (!Float.isFinite((float) value)) firstBad[k] = Math.min(firstBad[k], index);
            } else {
                texts[k]++;
                firstBad[k] = Math.min(firstBad[k], index);
            }
        }
        String target = cells[features];
        if (TableRules.isMissing(target)) return;
        boolean number = TableRules.isNumber(target);
        targetAllNumbers &= number;
        targetAllIntegers &= TableRules.isInteger(target);
        if (!number || !Float.isFinite((float) TableRules.number(target)))
            targetFirstBad = Math.min(targetFirstBad, index);
    }

    /** Adds {@code later}'s rows, which come after this one's; modifies and returns this. */
    ColumnProfile merge(ColumnProfile later) {
        for (int k = 0; k < numbers.length; k++) {
            numbers[k] += later.numbers[k];
            texts[k] += later.texts[k];
            sums[k] += later.sums[k];
            firstBad[k] = Math.min(firstBad[k], later.firstBad[k]);
        }
        targetAllNumbers &= later.targetAllNumbers;
        targetAllIntegers &= later.targetAllIntegers;
        targetFirstBad = Math.min(targetFirstBad, later.targetFirstBad);
        return this;
    }
}
