package dev.neurona.repl;

import dev.neurona.lang.syntax.StringLiterals;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Java value written as {@code .nn} text, for {@code ${...}} holes: a number ({@code 128},
 * {@code 0.001}, {@code 1.0E-4}), {@code true}/{@code false}, a quoted string, or a list
 * {@code [1.5, 2.0]} of numbers from an array or a collection. Anything else has no {@code .nn}
 * form.
 */
public final class NnLiteral {

    private NnLiteral() {}

    /** The {@code .nn} text of {@code value}, or empty when the language has no literal for it (or a number is NaN or infinite). */
    public static Optional<String> of(Object value) {
        if (value instanceof Boolean bool) {
            return Optional.of(bool.toString());
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return Optional.of(StringLiterals.quote(value.toString()));
        }
        List<Object> items = items(value);
        if (items == null) {
            return Optional.empty();
        }
        List<String> written = new ArrayList<>();
        for (Object item : items) {
            Optional<String> literal = item instanceof Number number ? number(number) : Optional.empty();
            if (literal.isEmpty()) {
                return Optional.empty(); // lists hold numbers only
            }
            written.add(literal.get());
        }
        return Optional.of("[" + String.join(", ", written) + "]");
    }

    private static Optional<String> number(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double x = number.doubleValue();
            if (!Double.isFinite(x)) {
                return Optional.empty();
            }
            // Float's own shortest form: 0.001f is 0.001, not 0.0010000000474974513
            String text = number instanceof Float ? number.toString() : Double.toString(x);
            return Optional.of(text);
        }
        if (number instanceof BigDecimal decimal) {
            return Optional.of(decimal.toPlainString());
        }
        return Optional.of(number.toString());
    }

    /** The elements of an array or collection, or null when {@code value} is neither. */
    private static @Nullable List<Object> items(Object value) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
            return items;
        }
        return null;
    }
}
