package dev.neurona.lang.check;

import dev.neurona.lang.check.value.Value;
import dev.neurona.runtime.i18n.Text;
import java.util.Optional;

/** The window and stride that conv and the pools share: {@code 3x3} or {@code 3}, {@code stride=2}. */
final class WindowOptions {

    private WindowOptions() {}

    /** A square window written {@code KxK} or {@code K}, with K at least 1. */
    static Optional<Integer> window(Value value, String layer, LineContext at) {
        Text expected = Text.of("check.window.expected", layer);
        if (value instanceof Value.Size size) {
            if (size.factors().size() != 2) {
                at.problems().error(size.span(), Text.of("check.window.two_sides", size.text()));
                return Optional.empty();
            }
            int height = size.factors().get(0);
            int width = size.factors().get(1);
            if (height != width) {
                at.problems()
                        .error(
                                size.span(),
                                Text.of("check.window.square", size.text()),
                                Text.of("check.window.write", height + "x" + height, width + "x" + width));
                return Optional.empty();
            }
            return side(height, size, at);
        }
        return at.expect()
                .count(value, expected, Text.of("check.window.subject"))
                .flatMap(k -> side(k, value, at));
    }

    private static Optional<Integer> side(int k, Value value, LineContext at) {
        if (k < 1) {
            at.problems().error(value.span(), Text.of("check.window.at_least", value.describe()));
            return Optional.empty();
        }
        return Optional.of(k);
    }

    /** {@code stride=S} when written, else {@code otherwise}. */
    static Optional<Integer> stride(EntryArgs args, int otherwise, LineContext at) {
        Optional<Integer> stride = Optional.of(otherwise);
        for (Value.Named named : args.named()) {
            if (named.name().name().equals("stride")) {
                stride = at.positiveCount(
                        named.value(),
                        Text.of("check.stride.expected"),
                        Text.of("check.stride.subject"),
                        got -> Text.of("check.stride.at_least", got));
            }
        }
        return stride;
    }
}
