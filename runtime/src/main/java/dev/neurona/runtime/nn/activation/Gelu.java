package dev.neurona.runtime.nn.activation;

/**
 * Gaussian error linear unit, in its tanh form (as GPT-2 and PyTorch's {@code approximate='tanh'}):
 * f(z) = z/2 · (1 + tanh(√(2/π) · (z + 0.044715 z³))).
 */
final class Gelu implements Activation {
    private static final double C = Math.sqrt(2 / Math.PI);

    @Override
    public void forward(float[] z, float[] y, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            double x = z[i];
            y[i] = (float) (0.5 * x * (1 + Math.tanh(C * (x + 0.044715 * x * x * x))));
        }
    }

    @Override
    public void backward(float[] z, float[] y, float[] dy, float[] dz, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            double x = z[i];
            double t = Math.tanh(C * (x + 0.044715 * x * x * x));
            double slope = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * C * (1 + 3 * 0.044715 * x * x);
            dz[i] = (float) (dy[i] * slope);
        }
    }
}
