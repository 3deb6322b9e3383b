package dev.neurona.runtime.spec;

/** Weight initialisation schemes of a dense layer. */
public enum InitKind {
    /** He for the ReLU family, Xavier otherwise. */
    AUTO("auto"),
    /** Normal with std sqrt(2 / fan_in). */
    HE("he"),
    /** Uniform in ±sqrt(6 / (fan_in + fan_out)). */
    XAVIER("xavier"),
    /** Normal with the given standard deviation. */
    NORMAL("normal"),
    /** Uniform in ±limit. */
    UNIFORM("uniform"),
    ZEROS("zeros");

    private final String keyword;

    InitKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
