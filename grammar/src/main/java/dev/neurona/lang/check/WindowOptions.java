package dev.neurona.lang.check;

import dev.neurona.lang.check.value.Value;
import java.util.Optional;

/** The window and stride that conv and the pools share: {@code 3x3} or {@code 3}, {@code stride=2}. */
final class WindowOptions {

    private WindowOptions() {}

    /** A square window written {@code KxK} or {@code K}, with K at least 1. */
    static Optional<Integer> window(Value value, String layer, LineContext at) {
        String expected = "a window such as 3x3 after '" + layer + "'";
        if (value instanceof Value.Size size) {
            if (size.factors().size() != 2) {
                at.problems().error(size.span(), "a window has two sides, such as 3x3, got " + size.text());
                return Optional.empty();
            }
            int height = size.factors().get(0);
            int width = size.factors().get(1);
            if (height != width) {
                at.problems()
                        .error(
                                size.span(),
                                "windows are square: got " + size.text(),
                                "write " + height + "x" + height + " or " + width + "x" + width);
                return Optional.empty();
            }
            return side(height, size, at);
        }
        return at.expect().count(value, expected, "a window").flatMap(k -> side(k, value, at));
    }

    private static Optional<Integer> side(int k, Value value, LineContext at) {
        if (k < 1) {
            at.problems().error(value.span(), "a window must be at least 1x1, got " + value.describe());
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
                        named.value(), "a stride such as 2", "the stride", "a stride must be at least 1");
            }
        }
        return stride;
    }
}
