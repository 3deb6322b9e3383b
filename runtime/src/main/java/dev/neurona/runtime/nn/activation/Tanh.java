package dev.neurona.runtime.nn.activation;

/** f(z) = tanh(z); f'(z) = 1 − y². */
final class Tanh implements Activation {
    @Override
    public void forward(float[] z, float[] y, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) y[i] = (float) Math.tanh(z[i]);
    }

    @Override
    public void backward(float[] z, float[] y, float[] dy, float[] dz, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) dz[i] = dy[i] * (1f - y[i] * y[i]);
    }
}
