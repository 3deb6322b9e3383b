package dev.neurona.runtime.spec;

import java.math.BigDecimal;

/** Prints numbers in specs the way a person would write them in a script: 0.01, 128, 1e-08. */
final class SpecFormat {
    private SpecFormat() {}

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toString();
    }
}
