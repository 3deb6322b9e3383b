package dev.neurona.runtime.spec;

/**
 * An activation function and its one parameter, {@code alpha}, used by {@code leaky_relu}
 * (negative slope, default 0.01) and {@code elu} (saturation, default 1); ignored by the others.
 */
public record ActivationSpec(ActivationKind kind, double alpha) {
    public static final ActivationSpec LINEAR = new ActivationSpec(ActivationKind.LINEAR, 0);
    public static final ActivationSpec RELU = new ActivationSpec(ActivationKind.RELU, 0);
    public static final ActivationSpec GELU = new ActivationSpec(ActivationKind.GELU, 0);
    public static final ActivationSpec SIGMOID = new ActivationSpec(ActivationKind.SIGMOID, 0);
    public static final ActivationSpec TANH = new ActivationSpec(ActivationKind.TANH, 0);
    public static final ActivationSpec SOFTMAX = new ActivationSpec(ActivationKind.SOFTMAX, 0);

    public ActivationSpec {
        if (kind == null) {
            throw new IllegalArgumentException("activation kind is required");
        }
    }

    public static ActivationSpec leakyRelu(double alpha) {
        return new ActivationSpec(ActivationKind.LEAKY_RELU, alpha);
    }

    public static ActivationSpec leakyRelu() {
        return leakyRelu(0.01);
    }

    public static ActivationSpec elu(double alpha) {
        return new ActivationSpec(ActivationKind.ELU, alpha);
    }

    public static ActivationSpec elu() {
        return elu(1.0);
    }

    /** The activation with its default parameter. */
    public static ActivationSpec of(ActivationKind kind) {
        return switch (kind) {
            case LEAKY_RELU -> leakyRelu();
            case ELU -> elu();
            default -> new ActivationSpec(kind, 0);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case LEAKY_RELU, ELU -> kind.keyword() + "(" + SpecFormat.number(alpha) + ")";
            default -> kind.keyword();
        };
    }
}
