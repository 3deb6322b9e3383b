package dev.neurona.runtime.spec;

/** The activation functions the engine knows, by their name in the language. */
public enum ActivationKind {
    LINEAR("linear"),
    RELU("relu"),
    LEAKY_RELU("leaky_relu"),
    ELU("elu"),
    GELU("gelu"),
    SIGMOID("sigmoid"),
    TANH("tanh"),
    SOFTMAX("softmax");

    private final String keyword;

    ActivationKind(String keyword) {
        this.keyword = keyword;
    }

    /** The lower-case name used in scripts, e.g. {@code leaky_relu}. */
    public String keyword() {
        return keyword;
    }

    /** Whether this is ReLU-like, which makes He the natural initialisation. */
    public boolean isReluFamily() {
        return this == RELU || this == LEAKY_RELU || this == ELU || this == GELU;
    }
}
