package dev.neurona.lang.check.value;

import dev.neurona.runtime.i18n.Text;
import org.jspecify.annotations.Nullable;

/**
 * A constraint on a number, phrased for a message: {@code lr must be positive, got -0.1}.
 * {@link #violation} returns the whole sentence when the number breaks it, else null.
 */
@FunctionalInterface
public interface Range {

    /**
     * The sentence for a number that breaks this range, else null.
     *
     * @param subject what the number is: an option's name such as {@code lr}, or a {@link Text}
     * @param got the number as the script wrote it
     */
    @Nullable
    Text violation(double value, Object subject, String got);

    Range ANY = (value, subject, got) -> null;

    static Range positive() {
        return (value, subject, got) ->
                value > 0 && !Double.isInfinite(value) ? null : Text.of("check.range.positive", subject, got);
    }

    /**
     * Positive, and small enough for 32-bit training: a larger rate turns every weight into
     * infinity at the first step.
     */
    static Range learningRate() {
        return (value, subject, got) -> {
            if (!(value > 0) || Double.isInfinite(value)) {
                return Text.of("check.range.positive", subject, got);
            }
            return value <= Float.MAX_VALUE ? null : Text.of("check.range.learning_rate", subject, got);
        };
    }

    static Range nonNegative() {
        return (value, subject, got) ->
                value >= 0 && !Double.isInfinite(value) ? null : Text.of("check.range.non_negative", subject, got);
    }

    static Range atLeast(long min) {
        return (value, subject, got) ->
                value >= min ? null : Text.of("check.range.at_least", subject, String.valueOf(min), got);
    }

    /** {@code 0 ≤ value < 1}, for momentum, betas, dropout rates. */
    static Range fraction() {
        return (value, subject, got) -> value >= 0 && value < 1 ? null : Text.of("check.range.fraction", subject, got);
    }

    /** {@code 0 < value < 1}, for held-out shares. */
    static Range openFraction() {
        return (value, subject, got) ->
                value > 0 && value < 1 ? null : Text.of("check.range.open_fraction", subject, got);
    }
}
