package dev.neurona.runtime.data;

/** Per-feature normalisation, fitted on the first part of a split (or on all rows without one). */
public enum Normalization {
    /** Features are left as they are. */
    NONE("none"),
    /** {@code (x - mean) / std}, with the population standard deviation; a constant feature is only centred. */
    STANDARD("standard"),
    /** {@code (x - min) / (max - min)}; a constant feature is only shifted to 0. */
    MINMAX("minmax");

    private final String keyword;

    Normalization(String keyword) {
        this.keyword = keyword;
    }

    /** The word the language uses: {@code normalize standard}. */
    public String keyword() {
        return keyword;
    }
}
