package dev.neurona.runtime.nn.activation;

/** f(z) = 1 / (1 + e^−z), computed without overflow for large |z|; f'(z) = y·(1 − y). */
public final class Sigmoid implements Activation {
    @Override
    public void forward(float[] z, float[] y, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) y[i] = sigmoid(z[i]);
    }

    @Override
    public void backward(float[] z, float[] y, float[] dy, float[] dz, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) dz[i] = dy[i] * y[i] * (1f - y[i]);
    }

    /** The logistic function; e^−|z| never overflows. */
    public static float sigmoid(float z) {
        if (z >= 0) {
            return (float) (1 / (1 + Math.exp(-z)));
        }
        double e = Math.exp(z);
        return (float) (e / (1 + e));
    }
}
