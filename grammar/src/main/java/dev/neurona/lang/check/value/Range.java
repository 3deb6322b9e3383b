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

    /**
     * Positive, and small enough for 32-bit training: a larger rate turns every weight into
     * infinity at the first step.
     */
    static Range learningRate() {
        return value -> {
            if (!(value > 0) || Double.isInfinite(value)) return "must be positive";
            return value <= Float.MAX_VALUE
                    ? null
                    : "must be at most 3.4e38, the largest 32-bit number (learning rates are usually 0.0001 to 1)";
        };
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
