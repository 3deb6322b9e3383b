package dev.neurona.runtime.nn.activation;

import dev.neurona.runtime.linalg.Lanes;

/** f(z) = max(0, z); f'(z) = 1 where z > 0, else 0. */
final class Relu implements Activation {
    @Override
    public void forward(float[] z, float[] y, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) y[i] = Math.max(0f, z[i]);
    }

    @Override
    public void forwardWithBias(float[] z, float[] bias, float[] y, int rows, int cols) {
        Lanes.addBiasRelu(z, bias, y, rows, cols);
    }

    @Override
    public void backward(float[] z, float[] y, float[] dy, float[] dz, int rows, int cols) {
        Lanes.passWherePositive(y, dy, dz, rows * cols);
    }
}
