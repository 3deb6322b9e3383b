package dev.neurona.runtime.spec;

/** The update rules. */
public enum OptimizerKind {
    SGD("sgd"),
    ADAM("adam"),
    ADAMW("adamw"),
    RMSPROP("rmsprop"),
    ADAGRAD("adagrad");

    private final String keyword;

    OptimizerKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
