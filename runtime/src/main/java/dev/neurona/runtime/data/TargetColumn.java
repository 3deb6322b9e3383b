package dev.neurona.runtime.data;

import dev.neurona.runtime.Printable;
import dev.neurona.runtime.i18n.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV target column as classes or numbers.
 *
 * <p>Unless the task is forced, a target holding any text, or only whole numbers written without
 * a fraction ({@code 0}, {@code 1}, {@code -3}), is classification; any other numbers make it
 * regression. Classes from text are sorted in {@link String#compareTo} order (by Unicode code
 * point, so {@code "B"} comes before {@code "a"}); classes from numbers are sorted numerically and
 * named by their plain value ({@code 007} is class {@code "7"}, {@code 1.50} is {@code "1.5"}).
 *
 * @param task    what the target turned out to be
 * @param classes the class names in label order (classification), else empty
 * @param labels  the class index of each row (classification), else {@code null}
 * @param targets the number of each row (regression), else {@code null}
 */
record TargetColumn(Task task, List<String> classes, int @Nullable [] labels, float @Nullable [] targets) {

    /**
     * @param rows   the table rows to read (none with a missing target)
     * @param forced the task set by the options, or {@code null} to infer it
     * @throws DataException at the first cell that is not a number when the task is regression
     */
    static TargetColumn read(CsvTable table, int column, int[] rows, @Nullable Task forced) {
        boolean allNumbers = true;
        boolean allIntegers = true;
        for (int r : rows) {
            String cell = table.cell(r, column);
            allNumbers &= Cells.isNumber(cell);
            allIntegers &= Cells.isInteger(cell);
        }
        Task task = forced != null ? forced : allIntegers || !allNumbers ? Task.CLASSIFICATION : Task.REGRESSION;
        if (task == Task.REGRESSION) {
            return new TargetColumn(task, List.of(), null, numbers(table, column, rows));
        }
        return allNumbers ? numericClasses(table, column, rows) : textClasses(table, column, rows);
    }

    private static float[] numbers(CsvTable table, int column, int[] rows) {
        String name = table.names().get(column);
        float[] targets = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String cell = table.cell(rows[i], column).trim();
            if (!Cells.isNumber(cell)) {
                throw table.errorAt(rows[i], column, Text.of("csv.target_not_a_number", Printable.value(cell), name));
            }
            targets[i] = FeatureColumns.toFloat(table, rows[i], column, cell);
        }
        return targets;
    }

    private static TargetColumn textClasses(CsvTable table, int column, int[] rows) {
        Map<String, Integer> index = new TreeMap<>();
        for (int r : rows) index.put(table.cell(r, column).trim(), 0);
        List<String> classes = numberInOrder(index);
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++)
            labels[i] =
                    Objects.requireNonNull(index.get(table.cell(rows[i], column).trim())); // every cell was put
        return new TargetColumn(Task.CLASSIFICATION, classes, labels, null);
    }

    private static TargetColumn numericClasses(CsvTable table, int column, int[] rows) {
        Map<BigDecimal, Integer> index = new TreeMap<>();
        for (int r : rows) index.put(value(table.cell(r, column)), 0);
        List<String> classes =
                numberInOrder(index).stream().map(BigDecimal::toPlainString).toList();
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++)
            labels[i] = Objects.requireNonNull(index.get(value(table.cell(rows[i], column))));
        return new TargetColumn(Task.CLASSIFICATION, classes, labels, null);
    }

    /** Gives each key its position in the (sorted) map and returns the keys in that order. */
    static <K> List<K> numberInOrder(Map<K, Integer> index) {
        List<K> keys = new ArrayList<>();
        for (Map.Entry<K, Integer> entry : index.entrySet()) {
            entry.setValue(keys.size());
            keys.add(entry.getKey());
        }
        return keys;
    }

    /** A number's exact value with trailing zeros removed, so that {@code 1.50} and {@code 1.5} are one class. */
    static BigDecimal value(String cell) {
        BigDecimal value = new BigDecimal(cell.trim()).stripTrailingZeros();
        return value.signum() == 0 ? BigDecimal.ZERO : value;
    }

    /** The column for the rows at {@code positions} of the ones it was read from, in that order. */
    TargetColumn pick(int[] positions) {
        int[] pickedLabels = null;
        float[] pickedTargets = null;
        if (labels != null) {
            pickedLabels = new int[positions.length];
            for (int i = 0; i < positions.length; i++) {
                pickedLabels[i] = labels[positions[i]];
            }
        }
        if (targets != null) {
            pickedTargets = new float[positions.length];
            for (int i = 0; i < positions.length; i++) {
                pickedTargets[i] = targets[positions[i]];
            }
        }
        return new TargetColumn(task, classes, pickedLabels, pickedTargets);
    }
}
