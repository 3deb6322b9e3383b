package dev.neurona.runtime.data;

import dev.neurona.runtime.Printable;
import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns CSV feature columns into {@link InputColumn}s and encodes the rows with them, exactly as
 * {@link Preprocessing#apply(String[])} will encode a raw row later.
 *
 * <p>A column is text when more than half of its present cells are not numbers: it is one-hot
 * encoded over its distinct values, sorted in {@link String#compareTo} order. Otherwise it is
 * numeric, and a cell in it that is not a number is an error.
 */
final class FeatureColumns {
    private FeatureColumns() {}

    /**
     * The input columns for {@code columns}, judged on the given rows.
     *
     * @throws DataException at the first cell (in file order) of a numeric column that is not a
     *                       number, or when {@code mean} has no value to average in a column
     */
    static List<InputColumn> infer(CsvTable table, int[] columns, int[] rows, MissingPolicy missing) {
        boolean[] text = new boolean[columns.length];
        for (int k = 0; k < columns.length; k++) text[k] = isText(table, columns[k], rows);
        checkNumbers(table, columns, text, rows);
        List<InputColumn> inputs = new ArrayList<>();
        for (int k = 0; k < columns.length; k++) {
            String name = table.names().get(columns[k]);
            if (text[k]) {
                List<String> categories = categories(table, columns[k], rows);
                OneHotLimit.check(table.file(), name, categories.size(), rows.length);
                inputs.add(InputColumn.categorical(name, categories));
            } else {
                double fill = missing == MissingPolicy.MEAN ? mean(table, columns[k], rows) : Double.NaN;
                inputs.add(InputColumn.numeric(name, fill));
            }
        }
        return inputs;
    }

    /** The rows' features, {@code rows × width} row-major, encoded by {@code inputs} (one per column). */
    static float[] encode(CsvTable table, int[] columns, int[] rows, List<InputColumn> inputs) {
        int width = inputs.stream().mapToInt(InputColumn::width).sum();
        float[] features = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            int at = i * width;
            for (int k = 0; k < columns.length; k++) {
                InputColumn input = inputs.get(k);
                input.encode(table.cell(rows[i], columns[k]), features, at);
                at += input.width();
            }
        }
        return features;
    }

    /** One name per feature: the column's name, or {@code column=category} for each one-hot feature. */
    static List<String> featureNames(List<InputColumn> inputs) {
        List<String> names = new ArrayList<>();
        for (InputColumn input : inputs) {
            if (!input.isCategorical()) {
                names.add(input.name());
            }
            for (String category : input.categories()) names.add(input.name() + "=" + category);
        }
        return names;
    }

    /** A number cell's value as a float. @throws DataException when it is beyond the float range */
    static float toFloat(CsvTable table, int row, int column, String cell) {
        float value = (float) Cells.number(cell);
        if (!Float.isFinite(value)) {
            throw table.errorAt(row, column, Text.of("csv.too_large", Printable.value(cell.trim())));
        }
        return value;
    }

    private static boolean isText(CsvTable table, int column, int[] rows) {
        int numbers = 0;
        int texts = 0;
        for (int r : rows) {
            String cell = table.cell(r, column);
            if (Cells.isMissing(cell)) {
                continue;
            }
            if (Cells.isNumber(cell)) {
                numbers++;
            } else {
                texts++;
            }
        }
        return isText(numbers, texts);
    }

    /** A column is text when more of its present cells are not numbers than are. */
    static boolean isText(long numbers, long texts) {
        return texts > numbers;
    }

    /** Row by row, then column by column in file order, so the first bad cell of the file is named. */
    private static void checkNumbers(CsvTable table, int[] columns, boolean[] text, int[] rows) {
        int[] numeric = new int[columns.length];
        int count = 0;
        for (int k = 0; k < columns.length; k++)
            if (!text[k]) {
                numeric[count++] = columns[k];
            }
        numeric = Arrays.copyOf(numeric, count);
        Arrays.sort(numeric);
        for (int r : rows) {
            for (int c : numeric) {
                String cell = table.cell(r, c);
                if (Cells.isMissing(cell)) {
                    continue;
                }
                if (!Cells.isNumber(cell)) {
                    throw table.errorAt(
                            r,
                            c,
                            Text.of(
                                    "csv.not_a_number",
                                    Printable.value(cell.trim()),
                                    table.names().get(c)));
                }
                toFloat(table, r, c, cell);
            }
        }
    }

    private static List<String> categories(CsvTable table, int column, int[] rows) {
        TreeSet<String> categories = new TreeSet<>();
        for (int r : rows) {
            String cell = table.cell(r, column);
            if (!Cells.isMissing(cell)) {
                categories.add(cell.trim());
            }
        }
        return List.copyOf(categories);
    }

    private static double mean(CsvTable table, int column, int[] rows) {
        double sum = 0;
        int present = 0;
        for (int r : rows) {
            String cell = table.cell(r, column);
            if (Cells.isMissing(cell)) {
                continue;
            }
            sum += Cells.number(cell);
            present++;
        }
        if (present == 0) {
            throw new DataException(Text.of(
                    "csv.nothing_to_average", table.file(), table.names().get(column)));
        }
        return sum / present;
    }
}
