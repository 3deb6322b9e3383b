package dev.neurona.cli;

import picocli.CommandLine.TypeConversionException;

/** Option values that must be whole numbers, with a message people understand when they are not. */
final class WholeNumbers {
    private WholeNumbers() {}

    static Long parseLong(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
    }

    static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number (or is too large)");
        }
    }
}
