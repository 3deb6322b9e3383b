package dev.neurona.runtime.train;

/** Reads class decisions off network outputs. */
public final class Predictions {
    private Predictions() {}

    /**
     * The class a row of outputs picks: the largest output, or for a single sigmoid output
     * class 1 when it is at least 0.5.
     */
    public static int predictedClass(float[] outputs, int offset, int width) {
        if (width == 1) {
            return outputs[offset] >= 0.5f ? 1 : 0;
        }
        int best = 0;
        float max = outputs[offset];
        for (int j = 1; j < width; j++) {
            if (outputs[offset + j] > max) {
                max = outputs[offset + j];
                best = j;
            }
        }
        return best;
    }

    /** The predicted class of each of {@code rows} rows. */
    public static int[] predictedClasses(float[] outputs, int rows, int width) {
        int[] classes = new int[rows];
        for (int r = 0; r < rows; r++) classes[r] = predictedClass(outputs, r * width, width);
        return classes;
    }
}
