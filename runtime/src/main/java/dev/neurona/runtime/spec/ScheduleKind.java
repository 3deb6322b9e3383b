package dev.neurona.runtime.spec;

/** Per-epoch learning-rate schedules. */
public enum ScheduleKind {
    CONSTANT("constant"),
    STEP("step"),
    EXPONENTIAL("exponential"),
    COSINE("cosine");

    private final String keyword;

    ScheduleKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
