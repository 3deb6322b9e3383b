package dev.neurona.runtime.nn.activation;

/** f(z) = z for z > 0, alpha·(e^z − 1) otherwise; f'(z) = f(z) + alpha there. */
final class Elu implements Activation {
    private final float alpha;

    Elu(float alpha) {
        this.alpha = alpha;
    }

    @Override
    public void forward(float[] z, float[] y, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) y[i] = z[i] > 0f ? z[i] : alpha * (float) Math.expm1(z[i]);
    }

    @Override
    public void backward(float[] z, float[] y, float[] dy, float[] dz, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) dz[i] = z[i] > 0f ? dy[i] : dy[i] * (y[i] + alpha);
    }
}
