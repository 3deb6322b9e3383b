package dev.neurona.runtime.data;

import dev.neurona.runtime.linalg.Lanes;

/**
 * Features held as unsigned bytes, one per value (IDX pixels), with a per-feature step
 * {@code x -> (x - shift) * scale} applied as each row is read. A pixel costs one byte instead of
 * a float's four, and a read row equals, bit for bit, the float row that converting every byte
 * and applying the step in place would give: both compute {@code ((float) byte - shift) * scale}.
 * The arrays are this object's own; none is modified.
 */
final class ByteFeatures {
    private final byte[] values;
    private final int width;
    private final Affine step;

    /**
     * @param values {@code rows × width} unsigned bytes, row-major
     * @param step   the step every read value goes through; {@link Affine#identity} for raw values
     */
    ByteFeatures(byte[] values, int width, Affine step) {
        if (step.width() != width) {
            throw new IllegalArgumentException("a step of " + step.width() + " features for rows of " + width);
        }
        this.values = values;
        this.width = width;
        this.step = step;
    }

    int length() {
        return values.length;
    }

    /** Whether rows are read as the raw byte values (no step yet). */
    boolean isRaw() {
        return step.isIdentity();
    }

    /** The same bytes read through {@code next} instead; only for raw ones (two steps do not fold into one bit for bit). */
    ByteFeatures readThrough(Affine next) {
        if (!isRaw()) {
            throw new IllegalStateException("these bytes are already read through a step");
        }
        return new ByteFeatures(values, width, next);
    }

    /** Writes row {@code row}, after the step, into {@code into[offset .. offset + width)}. */
    void copyRow(int row, float[] into, int offset) {
        float[] shift = step.shift();
        float[] scale = step.scale();
        Lanes.affineOfUnsignedBytes(values, row * width, shift, scale, into, offset, width);
    }

    /** The given rows, in the given order (rows may repeat), read through the same step. */
    ByteFeatures rows(int[] indices) {
        byte[] picked = new byte[indices.length * width];
        for (int i = 0; i < indices.length; i++) System.arraycopy(values, indices[i] * width, picked, i * width, width);
        return new ByteFeatures(picked, width, step);
    }

    /** Every row after the step, as one new row-major float array. */
    float[] toFloats() {
        float[] floats = new float[values.length];
        for (int row = 0; row < values.length / width; row++) copyRow(row, floats, row * width);
        return floats;
    }
}
