package dev.neurona.lang.check.value;

import java.math.BigDecimal;

/** Numbers as messages show them: {@code 128}, {@code 0.5}, {@code -0.001}, {@code 90%}. */
public final class Numbers {

    private Numbers() {}

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** A fraction as a percentage: 0.9 is {@code 90%}, 1.125 is {@code 112.5%}. */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
