package dev.neurona.lang.check.value;

/**
 * A constraint on a number, phrased for a message: {@code lr must be positive, got -0.1}.
 * {@link #violation} returns the phrase after the name when the number breaks it, else null.
 */
@FunctionalInterface
public interface Range {

    String violation(double value);

    Range ANY = value -> null;

    static Range positive() {
        return value -> value > 0 && !Double.isInfinite(value) ? null : "must be positive";
    }

    static Range nonNegative() {
        return value -> value >= 0 && !Double.isInfinite(value) ? null : "must not be negative";
    }

    static Range atLeast(long min) {
        return value -> value >= min ? null : "must be at least " + min;
    }

    /** {@code 0 ≤ value < 1}, for momentum, betas, dropout rates. */
    static Range fraction() {
        return value -> value >= 0 && value < 1 ? null : "must be at least 0 and below 1";
    }

    /** {@code 0 < value < 1}, for held-out shares. */
    static Range openFraction() {
        return value -> value > 0 && value < 1 ? null : "must be above 0% and below 100%";
    }
}
