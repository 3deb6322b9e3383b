package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.linalg.Lanes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a raw input row into the numbers a model sees, and travels with every trained model so
 * that predicting on raw inputs does exactly what training did. Three steps, in order:
 * <ol>
 *   <li>each raw column is encoded: a number is kept (a missing one is replaced by the column's
 *       fill value, or refused), a text column becomes one-hot over its categories;</li>
 *   <li>each encoded feature {@code x} becomes {@code (x - shift) * scale}, which expresses
 *       standard and min-max normalisation and a {@code scale} option alike.</li>
 * </ol>
 */
public final class Preprocessing {
    private final List<InputColumn> columns;
    private final float[] shift;
    private final float[] scale;
    /** Every column is a number, so raw column c is feature c: rows are read in one tight loop. */
    private final boolean numbersOnly;

    public Preprocessing(List<InputColumn> columns, float[] shift, float[] scale) {
        this.columns = List.copyOf(columns);
        int width = this.columns.stream().mapToInt(InputColumn::width).sum();
        if (shift.length != width || scale.length != width) {
            throw new IllegalArgumentException("shift and scale need " + width + " entries");
        }
        this.shift = shift.clone();
        this.scale = scale.clone();
        this.numbersOnly = this.columns.stream().noneMatch(InputColumn::isCategorical);
    }

    /** The raw columns, in order, and how each becomes features. */
    public List<InputColumn> columns() {
        return columns;
    }

    /** Per feature, what is subtracted before scaling. */
    public float[] shift() {
        return shift;
    }

    /** Per feature, what the shifted value is multiplied by. */
    public float[] scale() {
        return scale;
    }

    /** No encoding beyond reading numbers: {@code width} numeric columns named {@code names}. */
    public static Preprocessing identity(List<String> names) {
        List<InputColumn> cols = new ArrayList<>();
        for (String n : names) cols.add(InputColumn.numeric(n, Double.NaN));
        float[] ones = new float[names.size()];
        Arrays.fill(ones, 1f);
        return new Preprocessing(cols, new float[names.size()], ones);
    }

    /** The number of model inputs this produces. */
    public int width() {
        return shift.length;
    }

    /** The number of raw columns this reads. */
    public int rawWidth() {
        return columns.size();
    }

    /** The same encoding, then one more affine step applied after this one's. */
    public Preprocessing andThen(float[] extraShift, float[] extraScale) {
        float[] s = new float[shift.length];
        float[] k = new float[scale.length];
        for (int i = 0; i < s.length; i++) {
            // ((x - a) * b - c) * d  =  (x - (a + c / b)) * (b * d)
            s[i] = scale[i] == 0 ? shift[i] : shift[i] + extraShift[i] / scale[i];
            k[i] = scale[i] * extraScale[i];
        }
        return new Preprocessing(columns, s, k);
    }

    /** Encodes and normalises one raw row of numbers (every column must be numeric). */
    public float[] apply(double[] raw) {
        float[] out = new float[width()];
        apply(raw, out, 0);
        return out;
    }

    /**
     * Encodes and normalises one raw row of numbers into {@code out} from {@code at}, without
     * allocating: the features of many rows can go straight into one batch.
     */
    public void apply(double[] raw, float[] out, int at) {
        if (raw.length != columns.size()) {
            throw new DataException(Text.of("input.count", String.valueOf(columns.size()), String.valueOf(raw.length)));
        }
        if (!numbersOnly) {
            for (InputColumn col : columns) {
                if (col.isCategorical()) {
                    throw new DataException(Text.of("input.text", col.name()));
                }
            }
        }
        // One vector pass; a missing number (NaN) is mended afterwards, with the same arithmetic.
        if (!Lanes.affineOfDoubles(raw, shift, scale, out, at, raw.length)) {
            return;
        }
        for (int c = 0; c < raw.length; c++) {
            if (Double.isNaN(raw[c])) {
                out[at + c] = ((float) columns.get(c).fill(raw[c]) - shift[c]) * scale[c];
            }
        }
    }

    /** Encodes and normalises one raw row of cells as read from a file (numbers or text). */
    public float[] apply(String[] cells) {
        if (cells.length != columns.size()) {
            throw new DataException(
                    Text.of("input.count", String.valueOf(columns.size()), String.valueOf(cells.length)));
        }
        float[] out = new float[width()];
        int at = 0;
        for (int c = 0; c < cells.length; c++) {
            InputColumn col = columns.get(c);
            col.encode(cells[c], out, at);
            at += col.width();
        }
        normalize(out);
        return out;
    }

    /** Applies the affine step in place to already-encoded features. */
    public void normalize(float[] features) {
        for (int i = 0; i < features.length; i++) {
            features[i] = (features[i] - shift[i]) * scale[i];
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Preprocessing p
                && columns.equals(p.columns)
                && Arrays.equals(shift, p.shift)
                && Arrays.equals(scale, p.scale);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * columns.hashCode() + Arrays.hashCode(shift)) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "Preprocessing" + columns;
    }
}
