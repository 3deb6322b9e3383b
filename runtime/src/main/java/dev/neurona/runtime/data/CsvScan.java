package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link CsvLoader}'s one pass over a file (split into rows on a second thread, {@link RowBatches}):
 * each row's used cells become floats (numbers) or
 * codes of distinct texts as they are read, so that no object per cell survives the row, and the
 * table is held as little more than its floats. Column types, classes, categories and means come
 * from counts kept along the way; the rows are then encoded once into the feature matrix.
 *
 * <p>What one pass cannot settle exactly as {@link CsvReader} and its rules do, it leaves to them
 * ({@link #load} returns null): a column holding both numbers and text (a text column whose
 * categories include numbers, or a numeric column with a bad cell to report in file order), a
 * number beyond the float range, a regression target that is not a number, column options that
 * do not match the header, and more distinct texts than {@link #MAX_TEXTS}. Under {@code limit} it
 * holds only the rows {@link RowLimit} keeps, and without {@code shuffle} reads no further. Reading errors (width,
 * quoting, encoding), missing cells and the empty cases it reports itself, with the same messages.
 */
final class CsvScan {
    /** Distinct texts held per column before the pass gives way to the reference reader. */
    static final int MAX_TEXTS = 1 << 16;

    private final String file;
    private final DataOptions options;
    /** Which rows are held ({@code limit}); every row when the load ignores the limit. */
    private final RowLimit limit;
    /** Where a row that is read but not held is taken apart, for the counts. */
    private float[] scratch;
    /** The rows the missing policy kept, held or not: types, classes and categories come from them. */
    private long keptRead;

    private List<String> names;
    private ColumnSelection columns;
    /** The used columns in file order, for the missing-cell check. */
    private int[] used;

    private TextCodes[] featureTexts;
    private long[] numbers;
    private long[] texts;
    private double[] sums;
    private long[] present;
    private @Nullable TextCodes targetTexts;
    private boolean targetAllNumbers = true;
    private boolean targetAllIntegers = true;
    /** One row per kept row: the features' floats or text codes, the target's float, the target's text code. */
    private FloatChunks rows;

    private int dataRows;
    private DataException firstMissing;

    // The fields below the options are set by start(), once the header is read, before any use.
    @SuppressWarnings("NullAway.Init")
    private CsvScan(String file, DataOptions options, RowLimit limit) {
        this.file = file;
        this.options = options;
        this.limit = limit;
    }

    /**
     * The data set, or null when the reference reader must decide (see the class comment).
     *
     * @throws DataException as {@link CsvReader} and {@link CsvLoader} word it
     */
    static @Nullable Dataset load(Path path, DataOptions options) {
        return load(path, options, new RowLimit(0, false, 0));
    }

    /**
     * As {@link #load(Path, DataOptions)}, holding only the rows {@code limit} holds (see
     * {@link CsvLoader#load(Path, DataOptions, long)}).
     */
    static @Nullable Dataset load(Path path, DataOptions options, RowLimit limit) {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            throw new DataException(Text.of("csv.directory", file));
        }
        try (CsvText text = CsvText.open(path);
                RowBatches rows = new RowBatches(new CsvRowReader(text.reader(), file, options.delimiter()), file)) {
            CsvScan scan = new CsvScan(file, options, limit);
            return scan.read(rows) ? scan.dataset(path) : null;
        } catch (IOException e) {
            throw CsvText.failure(file, e);
        }
    }

    /** @return false when the reference reader must decide */
    private boolean read(CsvRows reader) throws IOException {
        boolean header = options.header();
        while (!limit.isDone(keptRead) && reader.next()) {
            if (reader.isBlankLine()) {
                continue;
            }
            if (names == null) {
                String[] cells = new String[reader.cellCount()];
                Arrays.setAll(cells, reader::text);
                names = header
                        ? CsvReader.headerNames(file, reader.line(), cells)
                        : CsvReader.generatedNames(cells.length);
                if (!start()) {
                    return false;
                }
                if (reader instanceof RowBatches batches) {
                    batches.parseAhead(names.size(), columns.features());
                }
                if (header) {
                    continue;
                }
            }
            if (reader.cellCount() != names.size()) {
                throw CsvReader.wrongWidth(file, reader.line(), reader.cellCount(), names.size(), header);
            }
            dataRows++;
            if (firstMissing != null) {
                // Under 'missing error' every row is kept: it counts towards a limit.
                keptRead++;
            } else if (!keep(reader)) {
                return false;
            }
        }
        if (names == null) {
            throw new DataException(Text.of("data.empty", file));
        }
        if (firstMissing != null) {
            throw firstMissing;
        }
        return true;
    }

    /** Resolves the columns. @return false when the options do not fit the header (the reference reader words it) */
    private boolean start() {
        try {
            columns = ColumnSelection.resolve(file, names, options);
        } catch (DataException e) {
            return false;
        }
        int[] features = columns.features();
        used = Arrays.copyOf(features, features.length + 1);
        used[features.length] = columns.target();
        Arrays.sort(used);
        featureTexts = new TextCodes[features.length];
        numbers = new long[features.length];
        texts = new long[features.length];
        sums = new double[features.length];
        present = new long[features.length];
        targetTexts = new TextCodes(MAX_TEXTS);
        rows = new FloatChunks(features.length + 2);
        scratch = new float[features.length + 2];
        return true;
    }

    /**
     * Takes one data row under the missing-value policy.
     *
     * @return false when the reference reader must decide
     */
    private boolean keep(CsvRows reader) {
        char[] chars = reader.chars();
        for (int c : used) {
            if (!isMissing(chars, trimmedStart(reader, c), trimmedEnd(reader, c))) {
                continue;
            }
            switch (options.missing()) {
                case ERROR -> {
                    // The row counts towards a limit as any row kept would.
                    keptRead++;
                    firstMissing =
                            DataException.at(file, reader.line(), c + 1, Text.of("csv.missing_value", names.get(c)));
                    return true;
                }
                case DROP -> {
                    return true;
                }
                case MEAN -> {
                    if (c == columns.target()) {
                        return true;
                    }
                }
            }
        }
        int slot = limit.place(keptRead++);
        int at;
        float[] row;
        if (slot == rows.rows()) {
            at = rows.append();
            row = rows.current();
        } else if (slot != RowLimit.SKIP) {
            at = rows.offset(slot);
            row = rows.chunkOf(slot);
        } else {
            at = 0;
            row = scratch;
        }
        int[] features = columns.features();
        double value;
        for (int k = 0; k < features.length; k++) {
            int start = trimmedStart(reader, features[k]);
            int end = trimmedEnd(reader, features[k]);
            if (isMissing(chars, start, end)) {
                row[at + k] = Float.NaN;
            } else if (!Double.isNaN(value = reader.number(features[k], start, end))) {
                if (texts[k] > 0) {
                    return false;
                }
                float single = (float) value;
                if (!Float.isFinite(single)) {
                    return false;
                }
                row[at + k] = single;
                numbers[k]++;
                sums[k] += value;
                present[k]++;
            } else {
                if (numbers[k] > 0) {
                    return false;
                }
                if (featureTexts[k] == null) {
                    featureTexts[k] = new TextCodes(MAX_TEXTS);
                }
                int code = featureTexts[k].code(chars, start, end);
                if (code == TextCodes.FULL) {
                    return false;
                }
                row[at + k] = Float.intBitsToFloat(code);
                texts[k]++;
                present[k]++;
            }
        }
        return keepTarget(reader, row, at + features.length);
    }

    /** The target's float (NaN for text) and text code, into {@code row[at]} and {@code row[at + 1]}. */
    private boolean keepTarget(CsvRows reader, float[] row, int at) {
        char[] chars = reader.chars();
        int start = trimmedStart(reader, columns.target());
        int end = trimmedEnd(reader, columns.target());
        int kind = NumberSyntax.kind(chars, start, end);
        targetAllNumbers &= kind != NumberSyntax.TEXT;
        targetAllIntegers &= kind == NumberSyntax.INTEGER;
        if (kind != NumberSyntax.TEXT) {
            float single = (float) NumberSyntax.value(chars, start, end);
            row[at] = single;
        } else {
            row[at] = Float.NaN;
        }
        int code = targetTexts == null ? TextCodes.FULL : targetTexts.code(chars, start, end);
        // Many distinct targets are numbers for a regression, which needs no codes: stop keeping them.
        if (code == TextCodes.FULL) {
            targetTexts = null;
        }
        row[at + 1] = Float.intBitsToFloat(Math.max(code, 0));
        return true;
    }

    /** @return null when the reference reader must decide */
    private @Nullable Dataset dataset(Path path) {
        int kept = rows.rows();
        if (kept == 0) {
            throw new DataException(Text.of("data.in_file", file, whyNoRows()));
        }
        int[] order = limit.heldInRowOrder();
        TargetColumn target = target(order);
        if (target == null) {
            return null;
        }
        List<InputColumn> inputs = inputs();
        float[] features = encode(inputs, order);
        List<String> featureNames = FeatureColumns.featureNames(inputs);
        float[] ones = new float[featureNames.size()];
        Arrays.fill(ones, 1f);
        Preprocessing preprocessing = new Preprocessing(inputs, new float[featureNames.size()], ones);
        Schema schema = new Schema(
                featureNames,
                List.of(featureNames.size()),
                target.task(),
                target.classes(),
                List.of(names.get(columns.target())));
        return new Dataset(
                path.getFileName().toString(),
                schema,
                preprocessing,
                features,
                kept,
                target.labels(),
                target.targets());
    }

    private Text whyNoRows() {
        if (dataRows == 0) {
            return Text.of("csv.no_data_rows");
        }
        if (options.missing() == MissingPolicy.MEAN) {
            return Text.of("csv.target_always_missing", names.get(columns.target()));
        }
        return Text.of("csv.every_row_missing");
    }

    /** As {@link TargetColumn#read}, from the floats and codes kept; null when the reference reader must decide. */
    private @Nullable TargetColumn target(int[] order) {
        Task forced = options.task();
        Task task = forced != null
                ? forced
                : targetAllIntegers || !targetAllNumbers ? Task.CLASSIFICATION : Task.REGRESSION;
        int slot = columns.features().length;
        int kept = rows.rows();
        if (task == Task.REGRESSION) {
            if (!targetAllNumbers) {
                return null;
            }
            float[] values = new float[kept];
            for (int r = 0; r < kept; r++) {
                values[r] = rows.chunkOf(order[r])[rows.offset(order[r]) + slot];
                if (!Float.isFinite(values[r])) {
                    return null;
                }
            }
            return new TargetColumn(task, List.of(), null, values);
        }
        if (targetTexts == null) {
            return null;
        }
        ClassCodes classes = targetAllNumbers ? ClassCodes.ofNumbers(targetTexts) : ClassCodes.ofTexts(targetTexts);
        int[] labels = new int[kept];
        for (int r = 0; r < kept; r++) {
            labels[r] =
                    classes.label(Float.floatToRawIntBits(rows.chunkOf(order[r])[rows.offset(order[r]) + slot + 1]));
        }
        return new TargetColumn(Task.CLASSIFICATION, classes.names(), labels, null);
    }

    /** As {@link FeatureColumns#infer}; mixed columns never get here. */
    private List<InputColumn> inputs() {
        int[] features = columns.features();
        InputColumn[] inputs = new InputColumn[features.length];
        for (int k = 0; k < features.length; k++) {
            String name = names.get(features[k]);
            if (FeatureColumns.isText(numbers[k], texts[k])) {
                OneHotLimit.check(file, name, featureTexts[k].size(), keptRead);
                inputs[k] = InputColumn.categorical(
                        name, ClassCodes.ofTexts(featureTexts[k]).names());
            } else if (options.missing() == MissingPolicy.MEAN) {
                if (present[k] == 0) {
                    throw new DataException(Text.of("csv.nothing_to_average", file, name));
                }
                inputs[k] = InputColumn.numeric(name, sums[k] / present[k]);
            } else {
                inputs[k] = InputColumn.numeric(name, Double.NaN);
            }
        }
        return List.of(inputs);
    }

    /** The rows' features, {@code rows × width} row-major, as {@link FeatureColumns#encode} writes them. */
    private float[] encode(List<InputColumn> inputs, int[] order) {
        int kept = rows.rows();
        int k = inputs.size();
        int[] widths = new int[k];
        int[][] oneHot = new int[k][];
        long width = 0;
        for (int c = 0; c < k; c++) {
            widths[c] = inputs.get(c).width();
            width += widths[c];
            if (inputs.get(c).isCategorical()) {
                oneHot[c] = ClassCodes.ofTexts(featureTexts[c]).labels();
            }
        }
        if (width * kept > Integer.MAX_VALUE - 8) {
            throw new DataException(Text.of("csv.too_many_values", file, String.valueOf(kept), String.valueOf(width)));
        }
        float[] features = new float[(int) (width * kept)];
        int at = 0;
        for (int r = 0; r < kept; r++) {
            float[] chunk = rows.chunkOf(order[r]);
            int from = rows.offset(order[r]);
            for (int c = 0; c < k; c++) {
                float cell = chunk[from + c];
                if (oneHot[c] != null) {
                    if (!Float.isNaN(cell)) {
                        features[at + oneHot[c][Float.floatToRawIntBits(cell)]] = 1f;
                    }
                } else {
                    features[at] = (float) inputs.get(c).fill(cell);
                }
                at += widths[c];
            }
        }
        return features;
    }

    static int trimmedStart(CsvRows reader, int cell) {
        return reader.trimmedStart(cell);
    }

    static int trimmedEnd(CsvRows reader, int cell) {
        return reader.trimmedEnd(cell);
    }

    /** As {@link Cells#isMissing}, on trimmed characters. */
    static boolean isMissing(char[] chars, int start, int end) {
        return start == end || end - start == 2 && chars[start] == 'N' && chars[start + 1] == 'A';
    }
}
