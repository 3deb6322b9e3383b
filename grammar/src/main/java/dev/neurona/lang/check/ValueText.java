package dev.neurona.lang.check;

import dev.neurona.lang.check.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A value as a sweep's table shows it, close to how it was written: {@code 0.001}, {@code 20%},
 * {@code relu}, {@code sgd(lr=0.1, momentum=0.9)}, {@code true}.
 */
final class ValueText {

    private ValueText() {}

    static String of(Value value) {
        if (value instanceof Value.Num num) {
            return num.text();
        } else if (value instanceof Value.Size size) {
            return size.text();
        } else if (value instanceof Value.Text text) {
            return text.value();
        } else if (value instanceof Value.Bool bool) {
            return Boolean.toString(bool.value());
        } else if (value instanceof Value.Word word) {
            return word.text();
        } else if (value instanceof Value.Invocation call) {
            List<String> args = new ArrayList<>();
            call.positional().forEach(arg -> args.add(of(arg)));
            call.named().forEach(arg -> args.add(arg.name().name() + "=" + of(arg.value())));
            return call.callee().name() + "(" + String.join(", ", args) + ")";
        } else if (value instanceof Value.ListValue list) {
            return "["
                    + String.join(
                            ", ", list.elements().stream().map(ValueText::of).toList()) + "]";
        }
        return "?";
    }
}
