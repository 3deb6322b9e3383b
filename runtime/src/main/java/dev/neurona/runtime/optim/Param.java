package dev.neurona.runtime.optim;

/**
 * One trainable array and the gradient of the loss with respect to it, of the same length.
 * Layers own their params; optimizers, penalties and clipping work on them without knowing
 * which layer they belong to.
 *
 * @param name       for messages and saved files, e.g. {@code dense1.weights}
 * @param value      the numbers being learned, updated in place
 * @param grad       the gradient, written by the backward pass, read by the optimizer
 * @param penalized  whether L1/L2 penalties and weight decay apply (weights yes, biases no)
 */
public record Param(String name, float[] value, float[] grad, boolean penalized) {
    public Param {
        if (value.length != grad.length) {
            throw new IllegalArgumentException(name + ": value and gradient differ in length");
        }
    }

    public static Param of(String name, int size, boolean penalized) {
        return new Param(name, new float[size], new float[size], penalized);
    }

    public int size() {
        return value.length;
    }
}
