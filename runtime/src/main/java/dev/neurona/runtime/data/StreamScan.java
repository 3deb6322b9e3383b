package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The first pass of a {@link CsvStream}: reads every row once, as {@link CsvScan} does, but keeps
 * only counts, not rows: each column's number and text cells and distinct texts (for its type and
 * categories), the target's texts and kinds (for the task and classes), the sums for a
 * {@code missing mean} fill, each part's rows and classes, and the first part's statistics of
 * every feature for {@code normalize}. Errors are {@link CsvLoader}'s, with its messages.
 */
final class StreamScan {
    /**
     * Distinct number cells kept per column, in case the column turns out to be text (whose
     * categories they then are): far fewer than texts, so that numeric columns cost little.
     */
    static final int MAX_NUMBER_TEXTS = 4096;

    private final Path path;
    private final String file;
    private final DataOptions options;
    private final StreamSplit split;
    private List<String> names;
    private ColumnSelection columns;
    private int[] used;
    private int[] features;
    private DataException firstMissing;
    private long dataRows;
    private long kept;
    private long partZeroRows;
    private int[] partRows;

    // Per feature column k.
    private long[] numbers;
    private long[] texts;
    /** The distinct non-number cells, and (fewer) the distinct number cells, which are categories too in a text column. */
    private TextCodes[] codes;

    private int[][] partZeroCodeCounts;
    private TextCodes[] numberCodes;
    private int[][] partZeroNumberCounts;
    private double[] sums;
    private long[] present;
    private long[] firstTextLine;
    private String[] firstText;
    private long[] firstHugeLine;
    private String[] firstHuge;
    /** Welford's running mean and squared deviations of the present numbers in the first part. */
    private long[] zeroCount;

    private double[] zeroMean;
    private double[] zeroSquares;
    private float[] zeroMin;
    private float[] zeroMax;
    private long[] zeroMissing;

    // The target.
    private boolean targetAllNumbers = true;
    private boolean targetAllIntegers = true;
    private @Nullable TextCodes targetCodes = new TextCodes(CsvScan.MAX_TEXTS);
    private int[][] partCodeCounts;
    private long firstTargetTextLine;
    private String firstTargetText;
    private long firstTargetHugeLine;
    private String firstTargetHuge;

    // The fields below the options are set once the header is read, before any use.
    @SuppressWarnings("NullAway.Init")
    private StreamScan(Path path, DataOptions options, StreamSplit split) {
        this.path = path;
        this.file = path.toString();
        this.options = options;
        this.split = split;
    }

    static CsvStream scan(Path path, DataOptions options, StreamSplit split) {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            throw new DataException(Text.of("csv.directory", file));
        }
        StreamScan scan = new StreamScan(path, options, split);
        try (CsvText text = CsvText.open(path);
                RowBatches rows = new RowBatches(new CsvRowReader(text.reader(), file, options.delimiter()), file)) {
            scan.read(rows);
        } catch (IOException e) {
            throw CsvText.failure(file, e);
        }
        return scan.result();
    }

    private void read(CsvRows reader) throws IOException {
        boolean header = options.header();
        long limit = options.limit() > 0 ? options.limit() : Long.MAX_VALUE;
        while (kept < limit && reader.next()) {
            if (reader.isBlankLine()) {
                continue;
            }
            if (names == null) {
                String[] cells = new String[reader.cellCount()];
                Arrays.setAll(cells, reader::text);
                names = header
                        ? CsvReader.headerNames(file, reader.line(), cells)
                        : CsvReader.generatedNames(cells.length);
                start();
                if (header) {
                    continue;
                }
            }
            if (reader.cellCount() != names.size()) {
                throw CsvReader.wrongWidth(file, reader.line(), reader.cellCount(), names.size(), header);
            }
            dataRows++;
            if (firstMissing != null) {
                continue;
            }
            int verdict = CsvStream.verdict(reader, used, columns.target(), options.missing());
            if (verdict == CsvStream.SKIP) {
                continue;
            }
            if (verdict >= 0) {
                firstMissing = DataException.at(
                        file, reader.line(), verdict + 1, CsvStream.missingMessage(names.get(verdict)));
                continue;
            }
            take(reader, split.partOf(kept));
            kept++;
        }
        if (names == null) {
            throw new DataException(Text.of("data.empty", file));
        }
        if (firstMissing != null) {
            throw firstMissing;
        }
    }

    private void start() {
        columns = ColumnSelection.resolve(file, names, options);
        features = columns.features();
        int k = features.length;
        used = Arrays.copyOf(features, k + 1);
        used[k] = columns.target();
        Arrays.sort(used);
        numbers = new long[k];
        texts = new long[k];
        codes = new TextCodes[k];
        numberCodes = new TextCodes[k];
        for (int c = 0; c < k; c++) {
            codes[c] = new TextCodes(CsvScan.MAX_TEXTS);
            numberCodes[c] = new TextCodes(MAX_NUMBER_TEXTS);
        }
        partZeroCodeCounts = new int[k][16];
        partZeroNumberCounts = new int[k][16];
        sums = new double[k];
        present = new long[k];
        firstTextLine = new long[k];
        firstText = new String[k];
        firstHugeLine = new long[k];
        firstHuge = new String[k];
        zeroCount = new long[k];
        zeroMean = new double[k];
        zeroSquares = new double[k];
        zeroMin = new float[k];
        zeroMax = new float[k];
        Arrays.fill(zeroMin, Float.POSITIVE_INFINITY);
        Arrays.fill(zeroMax, Float.NEGATIVE_INFINITY);
        zeroMissing = new long[k];
        partRows = new int[split.partCount()];
        partCodeCounts = new int[split.partCount()][16];
    }

    /** Counts one kept row of part {@code part}. */
    private void take(CsvRows reader, int part) {
        char[] chars = reader.chars();
        boolean zero = part == 0;
        if (partRows[part] == Integer.MAX_VALUE) {
            throw new DataException(Text.of("csv.too_many_rows", file, String.valueOf(Integer.MAX_VALUE)));
        }
        partRows[part]++;
        if (zero) {
            partZeroRows++;
        }
        for (int k = 0; k < features.length; k++) {
            int start = CsvScan.trimmedStart(reader, features[k]);
            int end = CsvScan.trimmedEnd(reader, features[k]);
            if (CsvScan.isMissing(chars, start, end)) {
                if (zero) {
                    zeroMissing[k]++;
                }
                continue;
            }
            present[k]++;
            double value = NumberSyntax.value(chars, start, end);
            boolean number = !Double.isNaN(value);
            TextCodes held = number ? numberCodes[k] : codes[k];
            if (held != null) {
                int code = held.code(chars, start, end);
                if (code == TextCodes.FULL) {
                    if (number) {
                        numberCodes[k] = null;
                    } else {
                        codes[k] = null;
                    }
                } else if (zero && number) {
                    partZeroNumberCounts[k] = count(partZeroNumberCounts[k], code);
                } else if (zero) {
                    partZeroCodeCounts[k] = count(partZeroCodeCounts[k], code);
                }
            }
            if (!number) {
                texts[k]++;
                if (firstText[k] == null) {
                    firstText[k] = new String(chars, start, end - start);
                    firstTextLine[k] = reader.line();
                }
                continue;
            }
            numbers[k]++;
            sums[k] += value;
            float single = (float) value;
            if (!Float.isFinite(single)) {
                if (firstHuge[k] == null) {
                    firstHuge[k] = new String(chars, start, end - start);
                    firstHugeLine[k] = reader.line();
                }
                continue;
            }
            if (zero) {
                double delta = single - zeroMean[k];
                zeroMean[k] += delta / ++zeroCount[k];
                zeroSquares[k] += delta * (single - zeroMean[k]);
                if (single < zeroMin[k]) {
                    zeroMin[k] = single;
                }
                if (single > zeroMax[k]) {
                    zeroMax[k] = single;
                }
            }
        }
        takeTarget(reader, part);
    }

    private void takeTarget(CsvRows reader, int part) {
        char[] chars = reader.chars();
        int start = CsvScan.trimmedStart(reader, columns.target());
        int end = CsvScan.trimmedEnd(reader, columns.target());
        int kind = NumberSyntax.kind(chars, start, end);
        targetAllNumbers &= kind != NumberSyntax.TEXT;
        targetAllIntegers &= kind == NumberSyntax.INTEGER;
        if (kind == NumberSyntax.TEXT) {
            if (firstTargetText == null) {
                firstTargetText = new String(chars, start, end - start);
                firstTargetTextLine = reader.line();
            }
        } else if (firstTargetHuge == null && !Float.isFinite((float) NumberSyntax.value(chars, start, end))) {
            firstTargetHuge = new String(chars, start, end - start);
            firstTargetHugeLine = reader.line();
        }
        if (targetCodes == null) {
            return;
        }
        int code = targetCodes.code(chars, start, end);
        // Many distinct targets are numbers for a regression, which needs no codes: stop keeping them.
        if (code == TextCodes.FULL) {
            targetCodes = null;
            return;
        }
        partCodeCounts[part] = count(partCodeCounts[part], code);
    }

    private static int[] count(int[] counts, int code) {
        int[] held = code < counts.length ? counts : Arrays.copyOf(counts, Math.max(code + 1, counts.length * 2));
        held[code]++;
        return held;
    }

    private CsvStream result() {
        if (kept == 0) {
            throw new DataException(Text.of("data.in_file", file, whyNoRows()));
        }
        String targetName = names.get(columns.target());
        Task forced = options.task();
        Task task = forced != null
                ? forced
                : targetAllIntegers || !targetAllNumbers ? Task.CLASSIFICATION : Task.REGRESSION;
        int target = columns.target();
        ClassCodes classes = null;
        if (task == Task.REGRESSION) {
            if (firstTargetText != null) {
                throw DataException.at(
                        file,
                        firstTargetTextLine,
                        target + 1,
                        Text.of("csv.target_not_a_number", firstTargetText, targetName));
            }
            if (firstTargetHuge != null) {
                throw DataException.at(
                        file, firstTargetHugeLine, target + 1, Text.of("csv.too_large", firstTargetHuge));
            }
        } else {
            if (targetCodes == null) {
                throw new DataException(
                        Text.of("csv.stream_too_many_classes", file, targetName, String.valueOf(CsvScan.MAX_TEXTS)));
            }
            classes = targetAllNumbers ? ClassCodes.ofNumbers(targetCodes) : ClassCodes.ofTexts(targetCodes);
        }
        InputColumn[] inputs = new InputColumn[features.length];
        int[][] oneHot = new int[features.length][];
        TextCodes[] categorical = new TextCodes[features.length];
        checkNumbers();
        for (int k = 0; k < features.length; k++) {
            String name = names.get(features[k]);
            if (FeatureColumns.isText(numbers[k], texts[k])) {
                if (codes[k] == null) {
                    throw new DataException(
                            Text.of("csv.too_many_categories", file, name, String.valueOf(CsvScan.MAX_TEXTS)));
                }
                if (numberCodes[k] == null) {
                    throw new DataException(
                            Text.of("csv.stream_too_many_numbers", file, name, String.valueOf(MAX_NUMBER_TEXTS)));
                }
                categorical[k] = merged(k);
                ClassCodes categories = ClassCodes.ofTexts(categorical[k]);
                inputs[k] = InputColumn.categorical(name, categories.names());
                oneHot[k] = categories.labels();
            } else if (options.missing() == MissingPolicy.MEAN) {
                if (present[k] == 0) {
                    throw new DataException(Text.of("csv.nothing_to_average", file, name));
                }
                inputs[k] = InputColumn.numeric(name, sums[k] / present[k]);
            } else {
                inputs[k] = InputColumn.numeric(name, Double.NaN);
            }
        }
        checkParts();
        List<InputColumn> inputList = List.of(inputs);
        List<String> featureNames = FeatureColumns.featureNames(inputList);
        int width = featureNames.size();
        float[] ones = new float[width];
        Arrays.fill(ones, 1f);
        Preprocessing encoding = new Preprocessing(inputList, new float[width], ones);
        Affine step = normalization(inputList, oneHot, width).times(options.scale());
        Preprocessing preprocessing = step.isIdentity() ? encoding : encoding.andThen(step.shift(), step.scale());
        List<String> classNames = classes == null ? List.of() : classes.names();
        Schema schema = new Schema(featureNames, List.of(width), task, classNames, List.of(targetName));
        int[][] partClasses = null;
        if (classes != null && targetCodes != null) {
            partClasses = new int[partRows.length][classNames.size()];
            for (int p = 0; p < partRows.length; p++) {
                int[] counts = partCodeCounts[p];
                for (int code = 0; code < Math.min(counts.length, targetCodes.size()); code++)
                    partClasses[p][classes.label(code)] += counts[code];
            }
        }
        return new CsvStream(
                path,
                options,
                names.size(),
                columns,
                used,
                inputList,
                categorical,
                oneHot,
                classes == null ? null : targetCodes,
                classes == null ? null : classes.labels(),
                schema,
                preprocessing,
                step.isIdentity() ? null : step,
                split,
                kept,
                partRows,
                partClasses);
    }

    /** Column k's text and number cells under one set of codes, the first part's counts moved along. */
    private TextCodes merged(int k) {
        TextCodes all = new TextCodes(CsvScan.MAX_TEXTS + MAX_NUMBER_TEXTS);
        int[] counts = new int[codes[k].size() + numberCodes[k].size()];
        for (TextCodes from : new TextCodes[] {codes[k], numberCodes[k]}) {
            int[] fromCounts = from == codes[k] ? partZeroCodeCounts[k] : partZeroNumberCounts[k];
            for (int code = 0; code < from.size(); code++) {
                char[] text = from.text(code).toCharArray();
                int to = all.code(text, 0, text.length);
                if (code < fromCounts.length) {
                    counts[to] += fromCounts[code];
                }
            }
        }
        partZeroCodeCounts[k] = counts;
        return all;
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

    /** The first bad cell of a numeric column, in file order (line, then column), as {@link FeatureColumns} reports it. */
    private void checkNumbers() {
        long bestLine = Long.MAX_VALUE;
        int bestColumn = Integer.MAX_VALUE;
        Text message = null;
        for (int k = 0; k < features.length; k++) {
            if (FeatureColumns.isText(numbers[k], texts[k])) {
                continue;
            }
            int column = features[k];
            String name = names.get(column);
            if (firstText[k] != null && earlier(firstTextLine[k], column, bestLine, bestColumn)) {
                bestLine = firstTextLine[k];
                bestColumn = column;
                message = Text.of("csv.not_a_number", firstText[k], name);
            }
            if (firstHuge[k] != null && earlier(firstHugeLine[k], column, bestLine, bestColumn)) {
                bestLine = firstHugeLine[k];
                bestColumn = column;
                message = Text.of("csv.too_large", firstHuge[k]);
            }
        }
        if (message != null) {
            throw DataException.at(file, bestLine, bestColumn + 1, message);
        }
    }

    private static boolean earlier(long line, int column, long bestLine, int bestColumn) {
        return line < bestLine || line == bestLine && column < bestColumn;
    }

    private void checkParts() {
        List<SplitPart> parts = options.split();
        for (int p = 0; p < parts.size(); p++) {
            if (partRows[p] == 0) {
                throw new DataException(Text.of(
                        "csv.empty_part",
                        parts.get(p).name(),
                        file,
                        String.valueOf(kept),
                        String.valueOf(parts.get(p).percent())));
            }
        }
    }

    /** The normalisation step fitted on the first part's encoded features (every kept row without a split). */
    private Affine normalization(List<InputColumn> inputs, int[][] oneHot, int width) {
        Normalization kind = options.normalize();
        if (kind == Normalization.NONE) {
            return Affine.identity(width);
        }
        double[] mean = new double[width];
        double[] std = new double[width];
        float[] min = new float[width];
        float[] max = new float[width];
        double rows = partZeroRows;
        int at = 0;
        for (int k = 0; k < inputs.size(); k++) {
            InputColumn input = inputs.get(k);
            if (input.isCategorical()) {
                int[] counts = partZeroCodeCounts[k];
                for (int code = 0; code < oneHot[k].length; code++) {
                    double count = code < counts.length ? counts[code] : 0;
                    int j = at + oneHot[k][code];
                    double m = count / rows;
                    mean[j] = m;
                    std[j] = Math.sqrt((count * (1 - m) * (1 - m) + (rows - count) * m * m) / rows);
                    min[j] = count == rows ? 1 : 0;
                    max[j] = count > 0 ? 1 : 0;
                }
            } else {
                long n = zeroCount[k];
                double m = zeroMean[k];
                double squares = zeroSquares[k];
                float low = zeroMin[k];
                float high = zeroMax[k];
                long filled = zeroMissing[k];
                if (filled > 0) {
                    // Missing cells of the first part take the fill value, as the loaded features do.
                    float fill = (float) input.fillValue();
                    double delta = fill - m;
                    long total = n + filled;
                    m += delta * filled / total;
                    squares += delta * delta * n * filled / total;
                    n = total;
                    low = Math.min(low, fill);
                    high = Math.max(high, fill);
                }
                mean[at] = m;
                std[at] = n == 0 ? 0 : Math.sqrt(squares / n);
                min[at] = low;
                max[at] = high;
            }
            at += input.width();
        }
        return kind == Normalization.STANDARD ? Normalizer.fromMoments(mean, std) : Normalizer.fromRange(min, max);
    }
}
