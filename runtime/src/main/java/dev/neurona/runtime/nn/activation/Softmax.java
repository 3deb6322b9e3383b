package dev.neurona.runtime.nn.activation;

/**
 * Softmax along each row: y_i = e^(z_i − max z) / Σ_j e^(z_j − max z). Subtracting the row's
 * maximum keeps every exponent ≤ 0, so logits of ±1000 neither overflow nor give NaN.
 * The backward pass is the full Jacobian product dz_i = y_i · (dy_i − Σ_j dy_j y_j); with
 * cross-entropy the loss hands over dL/dz directly and this pass is skipped.
 */
public final class Softmax implements Activation {
    @Override
    public void forward(float[] z, float[] y, int rows, int cols) {
        for (int r = 0, o = 0; r < rows; r++, o += cols) {
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) max = Math.max(max, z[o + j]);
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                float e = (float) Math.exp(z[o + j] - max);
                y[o + j] = e;
                sum += e;
            }
            float inv = (float) (1 / sum);
            for (int j = 0; j < cols; j++) y[o + j] *= inv;
        }
    }

    @Override
    public void backward(float[] z, float[] y, float[] dy, float[] dz, int rows, int cols) {
        for (int r = 0, o = 0; r < rows; r++, o += cols) {
            double dot = 0;
            for (int j = 0; j < cols; j++) dot += dy[o + j] * y[o + j];
            for (int j = 0; j < cols; j++) dz[o + j] = (float) (y[o + j] * (dy[o + j] - dot));
        }
    }

    /** log Σ_j e^(z_j) of one row, computed stably. */
    public static double logSumExp(float[] z, int offset, int cols) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < cols; j++) max = Math.max(max, z[offset + j]);
        double sum = 0;
        for (int j = 0; j < cols; j++) sum += Math.exp(z[offset + j] - max);
        return max + Math.log(sum);
    }
}
