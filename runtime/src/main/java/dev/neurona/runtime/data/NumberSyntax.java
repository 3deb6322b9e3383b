package dev.neurona.runtime.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * The contract's number syntax without a regular expression (a regex per cell was most of a
 * load's time): {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}, on text that is already trimmed;
 * and a number's value, the same double {@link Double#parseDouble} gives.
 */
final class NumberSyntax {
    /** Not a number in plain decimal notation. */
    static final int TEXT = 0;
    /** A whole number written without a fraction or exponent: {@code -3}, {@code 007}. */
    static final int INTEGER = 1;
    /** Any other number: {@code .5}, {@code 1e-3}, {@code 2.}. */
    static final int DECIMAL = 2;

    /** Beyond this a mantissa may not be exact in a double. */
    private static final long EXACT_MANTISSA = 1L << 53;

    /** Digits that always fit a long. */
    private static final int MAX_LONG_DIGITS = 18;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private NumberSyntax() {}

    /**
     * The value of {@code chars[start, end)} when it is a number, else NaN (which no number
     * written in the contract's syntax is). Exactly {@link Double#parseDouble}'s double: a mantissa
     * below 2^53 times or over a power of ten up to 10^22 is one correctly rounded operation
     * (Clinger's fast path); anything else goes to FastDoubleParser, which rounds correctly too.
     */
    static double value(char[] chars, int start, int end) {
        int at = start;
        boolean negative = false;
        if (at < end && (chars[at] == '+' || chars[at] == '-')) {
            negative = chars[at++] == '-';
        }
        // Up to 18 digits a long cannot overflow, so the mantissa's exactness is checked once, at the end.
        long mantissa = 0;
        int first = at;
        int digit;
        while (at < end && (digit = chars[at] - '0') >= 0 && digit <= 9) {
            mantissa = mantissa * 10 + digit;
            at++;
        }
        int digits = at - first;
        int fraction = 0;
        if (at < end && chars[at] == '.') {
            int point = ++at;
            while (at < end && (digit = chars[at] - '0') >= 0 && digit <= 9) {
                mantissa = mantissa * 10 + digit;
                at++;
            }
            fraction = at - point;
            digits += fraction;
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (at < end && (chars[at] == 'e' || chars[at] == 'E')) {
            at++;
            boolean negativeExponent = false;
            if (at < end && (chars[at] == '+' || chars[at] == '-')) {
                negativeExponent = chars[at++] == '-';
            }
            int exponentStart = at;
            while (at < end && (digit = chars[at] - '0') >= 0 && digit <= 9) {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + digit;
                }
                at++;
            }
            if (at == exponentStart) {
                return Double.NaN;
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (at != end) {
            return Double.NaN;
        }
        int power = exponent - fraction;
        if (digits > MAX_LONG_DIGITS || mantissa >= EXACT_MANTISSA || power > 22 || power < -22) {
            return JavaDoubleParser.parseDouble(chars, start, end - start);
        }
        double value = power >= 0 ? mantissa * POWERS_OF_TEN[power] : mantissa / POWERS_OF_TEN[-power];
        return negative ? -value : value;
    }

    /** The kind of {@code chars[start, end)}. */
    static int kind(char[] chars, int start, int end) {
        int at = start;
        if (at < end && (chars[at] == '+' || chars[at] == '-')) {
            at++;
        }
        int digits = 0;
        while (at < end && isDigit(chars[at])) {
            at++;
            digits++;
        }
        boolean whole = true;
        if (at < end && chars[at] == '.') {
            whole = false;
            at++;
            while (at < end && isDigit(chars[at])) {
                at++;
                digits++;
            }
        }
        if (digits == 0) {
            return TEXT;
        }
        if (at < end && (chars[at] == 'e' || chars[at] == 'E')) {
            whole = false;
            at++;
            if (at < end && (chars[at] == '+' || chars[at] == '-')) {
                at++;
            }
            int exponent = 0;
            while (at < end && isDigit(chars[at])) {
                at++;
                exponent++;
            }
            if (exponent == 0) {
                return TEXT;
            }
        }
        if (at != end) {
            return TEXT;
        }
        return whole ? INTEGER : DECIMAL;
    }

    /** The kind of a whole (trimmed) string. */
    static int kind(String text) {
        return kind(text.toCharArray(), 0, text.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
