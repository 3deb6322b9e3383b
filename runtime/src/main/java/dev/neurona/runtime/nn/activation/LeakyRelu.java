package dev.neurona.runtime.nn.activation;

/** f(z) = z for z > 0, alpha·z otherwise. */
final class LeakyRelu implements Activation {
    private final float alpha;

    LeakyRelu(float alpha) {
        this.alpha = alpha;
    }

    @Override
    public void forward(float[] z, float[] y, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) y[i] = z[i] > 0f ? z[i] : alpha * z[i];
    }

    @Override
    public void backward(float[] z, float[] y, float[] dy, float[] dz, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) dz[i] = z[i] > 0f ? dy[i] : alpha * dy[i];
    }
}
