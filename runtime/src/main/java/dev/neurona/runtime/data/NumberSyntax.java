package dev.neurona.runtime.data;

/**
 * The contract's number syntax without a regular expression (a regex per cell was most of a
 * load's time): {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}, on text that is already trimmed.
 */
final class NumberSyntax {
    /** Not a number in plain decimal notation. */
    static final int TEXT = 0;
    /** A whole number written without a fraction or exponent: {@code -3}, {@code 007}. */
    static final int INTEGER = 1;
    /** Any other number: {@code .5}, {@code 1e-3}, {@code 2.}. */
    static final int DECIMAL = 2;

    private NumberSyntax() {
    }

    /** The kind of {@code chars[start, end)}. */
    static int kind(char[] chars, int start, int end) {
        int at = start;
        if (at < end && (chars[at] == '+' || chars[at] == '-')) at++;
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
        if (digits == 0) return TEXT;
        if (at < end && (chars[at] == 'e' || chars[at] == 'E')) {
            whole = false;
            at++;
            if (at < end && (chars[at] == '+' || chars[at] == '-')) at++;
            int exponent = 0;
            while (at < end && isDigit(chars[at])) {
                at++;
                exponent++;
            }
            if (exponent == 0) return TEXT;
        }
        if (at != end) return TEXT;
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
