package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Loads a CSV file as a data set, following the CSV reading options of {@link DataOptions}:
 * {@code delimiter}, {@code header}, {@code target}, {@code features}, {@code ignore},
 * {@code task} and {@code missing}.
 *
 * <ul>
 *   <li>The file is UTF-8 with RFC 4180 quoting; empty lines are skipped; cells are trimmed. A
 *       cell that is empty or {@code NA} is missing. A number is plain decimal: {@code 3},
 *       {@code -0.5}, {@code .5}, {@code 1e-3}.</li>
 *   <li>The target is the last column unless {@code target} names one; the features are every
 *       other column not ignored, in file order, unless {@code features} lists them (in that order).</li>
 *   <li>Unless {@code task} forces it, a target holding any text, or only whole numbers written
 *       without a fraction, is classification; other numbers make regression. Text classes are
 *       sorted by {@link String#compareTo} (Unicode code points: {@code "B"} before {@code "a"});
 *       number classes are sorted by value and named by their plain value ({@code 007} is
 *       {@code "7"}, {@code 1.50} is {@code "1.5"}).</li>
 *   <li>A feature column in which more than half of the present cells are not numbers is text,
 *       one-hot encoded over its distinct values sorted by {@link String#compareTo}; the
 *       features are named {@code column=value}. Any other column is numeric, and a cell in it
 *       that is not a number is an error.</li>
 *   <li>Missing cells in the target and feature columns follow {@link MissingPolicy}; ignored
 *       columns are never looked at.</li>
 * </ul>
 *
 * The data set is named after the file. Its preprocessing holds one input column per feature
 * column (in feature order) and no affine step, so {@code preprocessing().apply(cells)} on the
 * feature cells of a row gives exactly that row's features.
 */
public final class CsvLoader {
    private CsvLoader() {}

    /**
     * Reads and encodes the whole file.
     *
     * @throws DataException naming the file, and where there is one the line and column, when the
     *                       file cannot be read, a column does not exist, a cell is missing under
     *                       {@code missing error}, or a number is not a number
     */
    public static Dataset load(Path path, DataOptions options) {
        Dataset scanned = CsvScan.load(path, options);
        return scanned != null ? scanned : loadTable(path, options);
    }

    /**
     * The reference load, from the whole table's text cells: slow and large, used only where
     * {@link CsvScan}'s one pass cannot settle a file exactly (mixed columns, their errors).
     */
    static Dataset loadTable(Path path, DataOptions options) {
        CsvTable table = CsvReader.read(path, options.delimiter(), options.header());
        ColumnSelection columns = ColumnSelection.resolve(table.file(), table.names(), options);
        int[] rows = rowsToKeep(table, columns, options.missing());

        TargetColumn target = TargetColumn.read(table, columns.target(), rows, options.task());
        List<InputColumn> inputs = FeatureColumns.infer(table, columns.features(), rows, options.missing());
        float[] features = FeatureColumns.encode(table, columns.features(), rows, inputs);

        List<String> featureNames = FeatureColumns.featureNames(inputs);
        float[] ones = new float[featureNames.size()];
        Arrays.fill(ones, 1f);
        Preprocessing preprocessing = new Preprocessing(inputs, new float[featureNames.size()], ones);
        Schema schema = new Schema(
                featureNames,
                List.of(featureNames.size()),
                target.task(),
                target.classes(),
                List.of(table.names().get(columns.target())));
        return new Dataset(
                path.getFileName().toString(),
                schema,
                preprocessing,
                features,
                rows.length,
                target.labels(),
                target.targets());
    }

    /**
     * The column names of a CSV file, reading only its first row: the header's names, or
     * {@code c1, c2, ...} without a header.
     *
     * @throws DataException when the file is missing, unreadable or empty
     */
    public static List<String> readHeader(Path path, String delimiter, boolean header) {
        return CsvReader.readHeader(path, delimiter, header);
    }

    /**
     * The rows to load under the missing-value policy: every row ({@code error}, which stops at the
     * first missing cell), the complete rows ({@code drop}), or the rows with a target ({@code mean}).
     */
    private static int[] rowsToKeep(CsvTable table, ColumnSelection columns, MissingPolicy missing) {
        int[] used = new int[columns.features().length + 1];
        System.arraycopy(columns.features(), 0, used, 0, columns.features().length);
        used[used.length - 1] = columns.target();
        Arrays.sort(used);
        int[] kept = new int[table.rowCount()];
        int count = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            if (isKept(table, r, used, columns.target(), missing)) {
                kept[count++] = r;
            }
        }
        if (count == 0) {
            throw new DataException(Text.of("data.in_file", table.file(), whyNoRows(table, columns, missing)));
        }
        return Arrays.copyOf(kept, count);
    }

    private static Text whyNoRows(CsvTable table, ColumnSelection columns, MissingPolicy missing) {
        if (table.rowCount() == 0) {
            return Text.of("csv.no_data_rows");
        }
        if (missing == MissingPolicy.MEAN) {
            return Text.of("csv.target_always_missing", table.names().get(columns.target()));
        }
        return Text.of("csv.every_row_missing");
    }

    private static boolean isKept(CsvTable table, int row, int[] used, int target, MissingPolicy missing) {
        for (int c : used) {
            if (!Cells.isMissing(table.cell(row, c))) {
                continue;
            }
            switch (missing) {
                case ERROR ->
                    throw table.errorAt(
                            row, c, Text.of("csv.missing_value", table.names().get(c)));
                case DROP -> {
                    return false;
                }
                case MEAN -> {
                    if (c == target) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
