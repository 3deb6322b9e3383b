package dev.neurona.runtime.data;

/** What loading does with a missing cell: an empty cell or {@code NA}. */
public enum MissingPolicy {
    /** Stop with an error naming the file, line and column of the first missing cell. */
    ERROR("error"),
    /** Leave out every row that has a missing cell in a column that is used. */
    DROP("drop"),
    /**
     * Fill a missing number with its column's mean over the rows where it is present (the fill
     * value travels with the preprocessing, so predictions fill the same way). A missing text
     * cell encodes as no category (all zeros); a row whose target is missing is left out.
     */
    MEAN("mean");

    private final String keyword;

    MissingPolicy(String keyword) {
        this.keyword = keyword;
    }

    /** The word the language uses: {@code missing drop}. */
    public String keyword() {
        return keyword;
    }
}
