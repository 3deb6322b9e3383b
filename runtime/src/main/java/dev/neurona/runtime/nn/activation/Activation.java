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
