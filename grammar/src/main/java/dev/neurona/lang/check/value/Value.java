package dev.neurona.lang.check.value;

import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.SourceSpan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value of the language after evaluation: arithmetic done, template parameters replaced. Each
 * value keeps the span of the text it came from, so a check can point at it.
 */
public sealed interface Value {

    SourceSpan span();

    /** How the value reads in a message: {@code 0.5}, {@code 'relu'}, {@code "a.csv"}. */
    String describe();

    /**
     * A number. {@code exact} is the exact decimal value when the number is a literal (so that
     * percentages add up without binary rounding), otherwise {@code null}.
     *
     * @param percent written as a percentage, such as {@code 80%} (value 0.8)
     * @param text    how to show it: the literal as written, or the computed value
     */
    record Num(double value, boolean percent, @Nullable BigDecimal exact, String text, SourceSpan span)
            implements Value {
        public boolean isWhole() {
            return !percent && value == Math.rint(value) && !Double.isInfinite(value);
        }

        /** The text as written; a very long literal as its value with the count of its digits, so that a message stays readable. */
        @Override
        public String describe() {
            if (text.length() <= LONGEST_SHOWN_NUMBER) {
                return text;
            }
            return String.format(
                    java.util.Locale.ROOT, "%.3g (a number written with %d characters)", value, text.length());
        }

        private static final int LONGEST_SHOWN_NUMBER = 32;
    }

    /** A size such as {@code 28x28}. */
    record Size(List<Integer> factors, String text, SourceSpan span) implements Value {
        @Override
        public String describe() {
            return text;
        }
    }

    record Text(String value, SourceSpan span) implements Value {
        @Override
        public String describe() {
            return "\"" + value + "\"";
        }
    }

    record Bool(boolean value, SourceSpan span) implements Value {
        @Override
        public String describe() {
            return String.valueOf(value);
        }
    }

    /** A name that is not a parameter: a word such as {@code relu}, a column, or a data set. */
    record Word(NameRef name, SourceSpan span) implements Value {
        public String text() {
            return name.text();
        }

        public boolean isDotted() {
            return name.isDotted();
        }

        @Override
        public String describe() {
            return "'" + text() + "'";
        }
    }

    /** A call such as {@code adam(lr=0.001)}, its arguments evaluated. */
    record Invocation(Identifier callee, List<Value> positional, List<Named> named, SourceSpan span) implements Value {
        public Invocation {
            positional = List.copyOf(positional);
            named = List.copyOf(named);
        }

        @Override
        public String describe() {
            return "'" + callee.name() + "(...)'";
        }
    }

    /** {@code name=value}, in a call or on a block entry. */
    record Named(Identifier name, Value value) {}

    record ListValue(List<Value> elements, SourceSpan span) implements Value {
        public ListValue {
            elements = List.copyOf(elements);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** What an expression became after an error that is already reported: checks stay silent on it. */
    record Bad(SourceSpan span) implements Value {
        @Override
        public String describe() {
            return "?";
        }
    }

    /** A plain, undotted name's text, if this is one. */
    static Optional<String> plainWord(Value value) {
        if (value instanceof Word word && !word.isDotted()) {
            return Optional.of(word.text());
        }
        return Optional.empty();
    }
}
