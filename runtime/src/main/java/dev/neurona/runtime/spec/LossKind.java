package dev.neurona.runtime.spec;

/** The losses a training run can minimise. */
public enum LossKind {
    MSE("mse"),
    MAE("mae"),
    HUBER("huber"),
    CROSS_ENTROPY("cross_entropy"),
    BINARY_CROSS_ENTROPY("binary_cross_entropy");

    private final String keyword;

    LossKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
