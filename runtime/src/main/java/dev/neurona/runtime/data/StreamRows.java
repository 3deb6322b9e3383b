package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a {@link CsvStream}'s file after the first: the kept rows of one part (or all),
 * in file order, each encoded and normalised straight into the caller's arrays, so that a row
 * makes no object. A row that no longer reads as the first pass read it (the file changed) stops
 * the pass with a {@link DataException} naming the file, the line and the column.
 */
final class StreamRows implements AutoCloseable {
    private final CsvStream stream;
    private final int part;
    private final CsvText text;
    private final RowBatches rows;
    private final int width;
    private boolean headerSeen;
    private long position;

    /** @param part the part to read, or -1 for every kept row */
    StreamRows(CsvStream stream, int part) {
        this.stream = stream;
        this.part = part;
        this.width = stream.schema.featureCount();
        try {
            this.text = CsvText.open(stream.path);
        } catch (IOException e) {
            throw CsvText.failure(stream.file, e);
        }
        this.rows =
                new RowBatches(new CsvRowReader(text.reader(), stream.file, stream.options.delimiter()), stream.file);
    }

    /**
     * Reads the next row into {@code features[slot × width ..]} and its class into
     * {@code labels[slot]} or its target into {@code targets[slot]}.
     *
     * @return false after the last row
     */
    boolean next(float[] features, int @Nullable [] labels, float @Nullable [] targets, int slot) {
        try {
            while (position < stream.keptRows && rows.next()) {
                if (rows.isBlankLine()) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (stream.options.header()) {
                        continue;
                    }
                }
                if (rows.cellCount() != stream.columnCount) {
                    throw CsvReader.wrongWidth(
                            stream.file, rows.line(), rows.cellCount(), stream.columnCount, stream.options.header());
                }
                int verdict = CsvStream.verdict(rows, stream.used, stream.columns.target(), stream.options.missing());
                if (verdict == CsvStream.SKIP) {
                    continue;
                }
                if (verdict >= 0) {
                    throw changed(verdict, "stream.changed.no_value", "");
                }
                long at = position++;
                if (part >= 0 && stream.split.partOf(at) != part) {
                    continue;
                }
                encode(features, slot * width);
                if (labels != null) {
                    labels[slot] = label();
                } else if (targets != null) {
                    targets[slot] = target();
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            throw CsvText.failure(stream.file, e);
        }
    }

    private void encode(float[] out, int from) {
        char[] chars = rows.chars();
        int[] features = stream.columns.features();
        int at = from;
        for (int k = 0; k < features.length; k++) {
            int column = features[k];
            int start = CsvScan.trimmedStart(rows, column);
            int end = CsvScan.trimmedEnd(rows, column);
            InputColumn input = stream.inputs.get(k);
            boolean missing = CsvScan.isMissing(chars, start, end);
            if (input.isCategorical()) {
                int categories = input.width();
                for (int j = 0; j < categories; j++) out[at + j] = 0f;
                if (!missing) {
                    int code = stream.featureTexts[k].find(chars, start, end);
                    if (code < 0) {
                        throw changed(column, "stream.changed.category", new String(chars, start, end - start));
                    }
                    out[at + stream.oneHot[k][code]] = 1f;
                }
                at += categories;
                continue;
            }
            float value;
            if (missing) {
                value = (float) input.fillValue();
            } else {
                value = (float) NumberSyntax.value(chars, start, end);
                if (!Float.isFinite(value)) {
                    throw changed(column, "stream.changed.number", new String(chars, start, end - start));
                }
            }
            out[at++] = value;
        }
        Affine step = stream.step;
        if (step != null) {
            float[] shift = step.shift();
            float[] scale = step.scale();
            for (int j = 0; j < width; j++) out[from + j] = (out[from + j] - shift[j]) * scale[j];
        }
    }

    private int label() {
        int column = stream.columns.target();
        char[] chars = rows.chars();
        int start = CsvScan.trimmedStart(rows, column);
        int end = CsvScan.trimmedEnd(rows, column);
        TextCodes texts = stream.targetTexts;
        int[] classOf = stream.classOf;
        if (texts == null || classOf == null) {
            throw new IllegalStateException("a regression stream has no class labels");
        }
        int code = texts.find(chars, start, end);
        if (code < 0) {
            throw changed(column, "stream.changed.class", new String(chars, start, end - start));
        }
        return classOf[code];
    }

    private float target() {
        int column = stream.columns.target();
        char[] chars = rows.chars();
        int start = CsvScan.trimmedStart(rows, column);
        int end = CsvScan.trimmedEnd(rows, column);
        float value = (float) NumberSyntax.value(chars, start, end);
        if (!Float.isFinite(value)) {
            throw changed(column, "stream.changed.number", new String(chars, start, end - start));
        }
        return value;
    }

    /** The file changed after its first pass: {@code key} says how, of the column and its {@code cell}. */
    private DataException changed(int column, String key, String cell) {
        return DataException.at(stream.file, rows.line(), column + 1, Text.of(key, columnName(column), cell));
    }

    private String columnName(int column) {
        for (int k = 0; k < stream.columns.features().length; k++) {
            if (stream.columns.features()[k] == column) {
                return stream.inputs.get(k).name();
            }
        }
        return stream.schema.targetNames().get(0);
    }

    @Override
    public void close() {
        rows.close();
        try {
            text.close();
        } catch (IOException e) {
            // Only read from: nothing is lost by a failed close.
        }
    }
}
