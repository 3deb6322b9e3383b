package dev.neurona.runtime.spec;

/** A loss and its one parameter, {@code delta} of {@code huber} (default 1). */
public record LossSpec(LossKind kind, double delta) {
    public static final LossSpec MSE = new LossSpec(LossKind.MSE, 0);
    public static final LossSpec MAE = new LossSpec(LossKind.MAE, 0);
    public static final LossSpec CROSS_ENTROPY = new LossSpec(LossKind.CROSS_ENTROPY, 0);
    public static final LossSpec BINARY_CROSS_ENTROPY = new LossSpec(LossKind.BINARY_CROSS_ENTROPY, 0);

    public LossSpec {
        if (kind == null) {
            throw new IllegalArgumentException("loss kind is required");
        }
        if (kind == LossKind.HUBER && !(delta > 0)) {
            throw new IllegalArgumentException("huber delta must be positive, got " + delta);
        }
    }

    public static LossSpec huber(double delta) {
        return new LossSpec(LossKind.HUBER, delta);
    }

    /**
     * The loss a Keras user would pick for this output: cross-entropy after softmax, binary
     * cross-entropy after a single sigmoid unit, mean squared error otherwise.
     */
    public static LossSpec defaultFor(ModelSpec model) {
        ActivationKind out = model.outputActivation().kind();
        if (out == ActivationKind.SOFTMAX) {
            return CROSS_ENTROPY;
        }
        if (out == ActivationKind.SIGMOID && model.outputWidth() == 1) {
            return BINARY_CROSS_ENTROPY;
        }
        return MSE;
    }

    @Override
    public String toString() {
        return kind == LossKind.HUBER ? "huber(delta=" + SpecFormat.number(delta) + ")" : kind.keyword();
    }
}
