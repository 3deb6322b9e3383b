package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file read as a stream ({@code stream}): what a first pass over it learned (columns,
 * types, text categories, classes, normalisation statistics, the rows of each part), from which
 * every later pass reads the rows again, batch by batch, in bounded memory. Nothing here grows
 * with the file's row count.
 *
 * <p>Rows are read as {@link CsvLoader} reads them (the same row reader, number syntax, typing
 * and encoding rules, and the same messages), with these differences the language states for
 * {@code stream}: {@code limit N} stops reading after N kept rows (so a {@code missing mean} fill
 * is the mean of those rows); a split puts each kept row in a part by a seeded hash of its
 * position ({@link StreamSplit}); normalisation statistics are accumulated in one pass (Welford's
 * method in double), so they agree with a loaded data set's to float rounding; the data option
 * {@code shuffle} does not apply (training shuffles through a buffer, see {@link StreamBatches}).
 */
public final class CsvStream {
    /** What {@link #verdict} returns for a row to use, and for a row the missing policy skips. */
    static final int KEEP = -1;

    static final int SKIP = -2;

    final Path path;
    final String file;
    final DataOptions options;
    final int columnCount;
    final ColumnSelection columns;
    /** The target and feature columns in file order, for the missing-cell check. */
    final int[] used;

    final List<InputColumn> inputs;
    /** Per feature: the texts seen, with {@code oneHot[k][code]} the category's place; null for numbers. */
    final TextCodes[] featureTexts;

    final int[][] oneHot;
    /** Classification: the target's texts, with {@code classOf[code]} the class; null for regression. */
    final @Nullable TextCodes targetTexts;

    final int @Nullable [] classOf;
    final Schema schema;
    final Preprocessing preprocessing;
    /** The normalisation and scale step applied after encoding; null when it changes nothing. */
    final @Nullable Affine step;

    final StreamSplit split;
    /** The kept rows read (at most {@code limit}), and how many of them each part holds. */
    final long keptRows;

    final int[] partRows;
    /** {@code partClasses[p][c]}: the rows of class c in part p; null for regression. */
    final int @Nullable [][] partClasses;

    CsvStream(
            Path path,
            DataOptions options,
            int columnCount,
            ColumnSelection columns,
            int[] used,
            List<InputColumn> inputs,
            TextCodes[] featureTexts,
            int[][] oneHot,
            @Nullable TextCodes targetTexts,
            int @Nullable [] classOf,
            Schema schema,
            Preprocessing preprocessing,
            @Nullable Affine step,
            StreamSplit split,
            long keptRows,
            int[] partRows,
            int @Nullable [][] partClasses) {
        this.path = path;
        this.file = path.toString();
        this.options = options;
        this.columnCount = columnCount;
        this.columns = columns;
        this.used = used;
        this.inputs = inputs;
        this.featureTexts = featureTexts;
        this.oneHot = oneHot;
        this.targetTexts = targetTexts;
        this.classOf = classOf;
        this.schema = schema;
        this.preprocessing = preprocessing;
        this.step = step;
        this.split = split;
        this.keptRows = keptRows;
        this.partRows = partRows;
        this.partClasses = partClasses;
    }

    /**
     * Makes the first pass over {@code path} and returns the data set {@code name} with its split
     * parts ({@code name.part}), to be read batch by batch. Reading options are {@link CsvLoader}'s;
     * {@code limit}, {@code split}, {@code normalize}, {@code scale} and {@code shuffleBuffer} are
     * applied as the class comment says.
     *
     * @param seed keys the split
     * @throws DataException naming the file, and where there is one the line and column, as
     *                       {@link CsvLoader#load} words it; or when a split part gets no rows
     */
    public static StreamedData open(Path path, DataOptions options, String name, long seed) {
        CsvStream stream = StreamScan.scan(path, options, StreamSplit.of(options.split(), seed));
        Map<String, StreamedDataset> parts = new LinkedHashMap<>();
        for (int p = 0; p < options.split().size(); p++) {
            String part = options.split().get(p).name();
            parts.put(part, new StreamedDataset(stream, p, name + "." + part));
        }
        return new StreamedData(new StreamedDataset(stream, -1, name), parts);
    }

    /**
     * Whether a data row is used under the missing-value policy: {@link #KEEP}, {@link #SKIP}, or
     * under {@code missing error} the index of the first column (in file order) with no value.
     */
    static int verdict(CsvRows row, int[] used, int target, MissingPolicy missing) {
        char[] chars = row.chars();
        for (int c : used) {
            if (!CsvScan.isMissing(chars, CsvScan.trimmedStart(row, c), CsvScan.trimmedEnd(row, c))) {
                continue;
            }
            switch (missing) {
                case ERROR -> {
                    return c;
                }
                case DROP -> {
                    return SKIP;
                }
                case MEAN -> {
                    if (c == target) {
                        return SKIP;
                    }
                }
            }
        }
        return KEEP;
    }

    /** The message {@link CsvLoader} gives for a missing cell under {@code missing error}. */
    static Text missingMessage(String column) {
        return Text.of("csv.missing_value", column);
    }
}
