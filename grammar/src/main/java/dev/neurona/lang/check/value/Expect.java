package dev.neurona.lang.check.value;

import dev.neurona.runtime.i18n.Text;
import java.util.Optional;

/**
 * Reads one value as the kind a check needs, reporting a wrong kind once:
 * {@code expected a number of units after 'dense', found 'relu'}. A {@link Value.Bad} is
 * passed over in silence, since its error is already reported.
 *
 * <p>Every {@code expected} argument is the phrase after "expected", such as
 * {@code a number of units after 'dense'}.
 */
public final class Expect {

    private final Problems problems;

    public Expect(Problems problems) {
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    public Optional<Value.Num> number(Value value, Text expected) {
        if (value instanceof Value.Num num) {
            return Optional.of(num);
        }
        return wrong(value, expected);
    }

    /**
     * A whole number; a fraction is refused with {@code SUBJECT must be a whole number, got 2.5}.
     *
     * @param subject what the number is, such as {@code the number of units}
     */
    public Optional<Long> whole(Value value, Text expected, Text subject) {
        Optional<Value.Num> num = number(value, expected);
        if (num.isEmpty()) {
            return Optional.empty();
        }
        if (!num.get().isWhole() || Math.abs(num.get().value()) > Long.MAX_VALUE / 2.0) {
            problems.error(
                    value.span(),
                    Text.of("check.must_be_whole", subject, num.get().describe()));
            return Optional.empty();
        }
        return Optional.of((long) num.get().value());
    }

    /** A whole number that fits an {@code int}, as counts and sizes do; a larger one is refused. */
    public Optional<Integer> count(Value value, Text expected, Text subject) {
        return whole(value, expected, subject).flatMap(n -> {
            if (Math.abs(n) > Integer.MAX_VALUE) {
                problems.error(value.span(), Text.of("check.too_large", subject, value.describe()));
                return Optional.empty();
            }
            return Optional.of(n.intValue());
        });
    }

    /** A plain name such as {@code relu}; a dotted one is refused. */
    public Optional<Value.Word> word(Value value, Text expected) {
        if (value instanceof Value.Word word && !word.isDotted()) {
            return Optional.of(word);
        }
        return wrong(value, expected);
    }

    public Optional<String> text(Value value, Text expected) {
        if (value instanceof Value.Text text) {
            return Optional.of(text.value());
        }
        return wrong(value, expected);
    }

    public Optional<Boolean> bool(Value value, Text expected) {
        if (value instanceof Value.Bool bool) {
            return Optional.of(bool.value());
        }
        return wrong(value, expected);
    }

    /** A name written bare or in quotes, as CSV columns are: {@code price} or {@code "sale price"}. */
    public Optional<String> name(Value value, Text expected) {
        if (value instanceof Value.Text text) {
            return Optional.of(text.value());
        }
        if (value instanceof Value.Word word && !word.isDotted()) {
            return Optional.of(word.text());
        }
        return wrong(value, expected);
    }

    /** Reports {@code expected ..., found ...} unless the value is already bad. */
    public <T> Optional<T> wrong(Value value, Text expected) {
        if (!(value instanceof Value.Bad)) {
            problems.error(value.span(), Text.of("check.expected_found", expected, value.describe()));
        }
        return Optional.empty();
    }
}
