package dev.neurona.runtime.data;

/** What the target of a data set is: a class to pick, or numbers to predict. */
public enum Task {
    CLASSIFICATION("classification"),
    REGRESSION("regression");

    private final String keyword;

    Task(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
