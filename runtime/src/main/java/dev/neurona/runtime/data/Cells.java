package dev.neurona.runtime.data;

/**
 * How a text cell is read, the same way when a file is loaded and when a raw row is predicted on:
 * an empty cell or {@code NA} is missing; a number is written in plain decimal notation
 * ({@code 42}, {@code -0.5}, {@code .5}, {@code 1e-3}). Java's own spellings such as {@code NaN},
 * {@code Infinity}, {@code 1f} or hexadecimal are text, not numbers.
 */
final class Cells {
    private Cells() {}

    /** True for an empty (or blank) cell and for {@code NA}. */
    static boolean isMissing(String cell) {
        if (cell == null) {
            return true;
        }
        String text = cell.trim();
        return text.isEmpty() || text.equals("NA");
    }

    /** True when the (trimmed) cell is a number in plain decimal notation. */
    static boolean isNumber(String cell) {
        return NumberSyntax.kind(cell.trim()) != NumberSyntax.TEXT;
    }

    /** True when the (trimmed) cell is a whole number written without a fraction or exponent. */
    static boolean isInteger(String cell) {
        return NumberSyntax.kind(cell.trim()) == NumberSyntax.INTEGER;
    }

    /** The value of a cell for which {@link #isNumber} holds. */
    static double number(String cell) {
        return Double.parseDouble(cell.trim());
    }
}
