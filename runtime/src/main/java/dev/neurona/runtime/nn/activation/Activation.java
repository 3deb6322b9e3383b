package dev.neurona.runtime.nn.activation;

import dev.neurona.runtime.spec.ActivationSpec;

/**
 * An activation function over a batch held row-major ({@code rows × cols}). Element-wise
 * functions ignore the shape; softmax works along each row.
 */
public interface Activation {

    /** Writes {@code y = f(z)} for the first {@code rows × cols} values. {@code y} may be {@code z}. */
    void forward(float[] z, float[] y, int rows, int cols);

    /**
     * Writes {@code dz = dL/dz} given {@code dy = dL/dy}, the inputs {@code z} and the outputs
     * {@code y = f(z)}. {@code dz} may be {@code dy}.
     */
    void backward(float[] z, float[] y, float[] dy, float[] dz, int rows, int cols);

    /**
     * Adds {@code bias} to every row of {@code z} (in place, since the backward pass reads z), then
     * writes {@code y = f(z)}. Functions that can do both in one pass over the batch override this.
     */
    default void forwardWithBias(float[] z, float[] bias, float[] y, int rows, int cols) {
        for (int r = 0, o = 0; r < rows; r++, o += cols) {
            for (int j = 0; j < cols; j++) z[o + j] += bias[j];
        }
        forward(z, y, rows, cols);
    }

    /** Whether {@code y} is {@code z} unchanged, so a layer may skip the pass altogether. */
    default boolean isIdentity() {
        return false;
    }

    static Activation of(ActivationSpec spec) {
        return switch (spec.kind()) {
            case LINEAR -> new Linear();
            case RELU -> new Relu();
            case LEAKY_RELU -> new LeakyRelu((float) spec.alpha());
            case ELU -> new Elu((float) spec.alpha());
            case GELU -> new Gelu();
            case SIGMOID -> new Sigmoid();
            case TANH -> new Tanh();
            case SOFTMAX -> new Softmax();
        };
    }
}
