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
     * Reads and encodes the whole file; {@code shuffle} and {@code limit} are left to
     * {@link DataPipeline#prepare}.
     *
     * @throws DataException naming the file, and where there is one the line and column, when the
     *                       file cannot be read, a column does not exist, a cell is missing under
     *                       {@code missing error}, or a number is not a number
     */
    public static Dataset load(Path path, DataOptions options) {
        return load(path, options, new RowLimit(0, false, 0));
    }

    /**
     * Reads and encodes the file, holding only the rows {@code limit N} keeps ({@link RowLimit}):
     * <ul>
     *   <li>without {@code shuffle}, the first N rows the missing policy keeps; reading stops
     *       after them, so column types, classes, categories and {@code missing mean} fills come
     *       from those rows only, and nothing after them is checked;</li>
     *   <li>with {@code shuffle}, the N rows of smallest seeded rank, found in one pass that holds
     *       no more than N rows; types, classes, categories and fills come from every row, as
     *       without {@code limit}.</li>
     * </ul>
     * The rows held are in file order. {@link DataPipeline#prepare} with the same options and
     * seed then gives bit for bit what it gives from {@link #load(Path, DataOptions)} of the whole
     * file, when types and classes do not depend on the rows left unread.
     *
     * @throws DataException as {@link #load(Path, DataOptions)}
     */
    public static Dataset load(Path path, DataOptions options, long seed) {
        return load(path, options, new RowLimit(options.limit(), options.shuffle(), seed));
    }

    private static Dataset load(Path path, DataOptions options, RowLimit limit) {
        Dataset scanned = CsvScan.load(path, options, limit);
        return scanned != null ? scanned : loadTable(path, options, limit.limit(), limit.seed());
    }

    /**
     * The reference load, from the whole table's text cells: slow and large, used only where
     * {@link CsvScan}'s one pass cannot settle a file exactly (mixed columns, their errors).
     */
    static Dataset loadTable(Path path, DataOptions options) {
        return loadTable(path, options, 0, 0);
    }

    /**
     * As {@link #loadTable(Path, DataOptions)}, keeping the rows a limit of {@code limit} rows keeps
     * (0: all), the same rows as {@link CsvScan} for the same seed, though it reads the whole text.
     */
    static Dataset loadTable(Path path, DataOptions options, int limit, long seed) {
        CsvTable table = CsvReader.read(path, options.delimiter(), options.header());
        ColumnSelection columns = ColumnSelection.resolve(table.file(), table.names(), options);
        boolean shuffle = options.shuffle();
        int[] read = rowsToKeep(table, columns, options.missing(), limit > 0 && !shuffle ? limit : Integer.MAX_VALUE);
        int[] held = RowLimit.kept(read.length, limit, shuffle, seed);
        int[] rows = new int[held.length];
        for (int i = 0; i < held.length; i++) {
            rows[i] = read[held[i]];
        }

        TargetColumn target = TargetColumn.read(table, columns.target(), read, options.task());
        if (held.length < read.length) {
            target = target.pick(held);
        }
        List<InputColumn> inputs = FeatureColumns.infer(table, columns.features(), read, options.missing());
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
     * The rows to load under the missing-value policy, at most {@code stopAfter}: every row
     * ({@code error}, which stops at the first missing cell), the complete rows ({@code drop}), or
     * the rows with a target ({@code mean}).
     */
    private static int[] rowsToKeep(CsvTable table, ColumnSelection columns, MissingPolicy missing, int stopAfter) {
        int[] used = new int[columns.features().length + 1];
        System.arraycopy(columns.features(), 0, used, 0, columns.features().length);
        used[used.length - 1] = columns.target();
        Arrays.sort(used);
        int[] kept = new int[table.rowCount()];
        int count = 0;
        for (int r = 0; r < table.rowCount() && count < stopAfter; r++) {
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
