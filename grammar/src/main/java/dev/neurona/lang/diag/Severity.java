package dev.neurona.lang.diag;

/** How bad a diagnostic is; errors stop a script from running, warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed before the message: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
