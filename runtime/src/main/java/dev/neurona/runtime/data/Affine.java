package dev.neurona.runtime.data;

import java.util.Arrays;

/**
 * A per-feature step {@code x -> (x - shift) * scale}, the form {@link Preprocessing} records.
 * The arrays are this step's own once constructed; do not modify them.
 */
record Affine(float[] shift, float[] scale) {

    static Affine identity(int width) {
        float[] ones = new float[width];
        Arrays.fill(ones, 1f);
        return new Affine(new float[width], ones);
    }

    int width() {
        return shift.length;
    }

    boolean isIdentity() {
        for (int j = 0; j < shift.length; j++)
            if (shift[j] != 0 || scale[j] != 1) {
                return false;
            }
        return true;
    }

    /** This step followed by multiplying by {@code factor}: {@code (x - shift) * (scale * factor)}. */
    Affine times(double factor) {
        float[] scaled = new float[scale.length];
        for (int j = 0; j < scale.length; j++) scaled[j] = scale[j] * (float) factor;
        return new Affine(shift, scaled);
    }

    /** Applies the step in place to {@code features}, {@code rows × width} row-major; modifies {@code features}. */
    void applyInPlace(float[] features) {
        int width = width();
        for (int at = 0; at < features.length; at += width) {
            for (int j = 0; j < width; j++) features[at + j] = (features[at + j] - shift[j]) * scale[j];
        }
    }
}
