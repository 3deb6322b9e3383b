package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Expect;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Value;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.ActivationKind;
import dev.neurona.runtime.spec.ActivationSpec;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What a layer line may ask while it is read: where to report, and whether it ends the model. */
record LineContext(CheckContext context, boolean isLast) {

    Expect expect() {
        return context.expect();
    }

    Problems problems() {
        return context.problems();
    }

    /** Softmax turns scores into the model's answer, so only the last layer may apply it. */
    void softmaxOnlyLast(ActivationSpec activation, SourceSpan span) {
        if (activation.kind() == ActivationKind.SOFTMAX && !isLast) {
            problems().error(span, Text.of("check.softmax_only_last"));
        }
    }

    /**
     * A whole number of at least 1, such as a number of units or filters.
     *
     * @param subject what the number is, in messages: {@code the number of filters}
     * @param rule    the sentence for a number below 1, given the number: {@code conv needs at least 1 filter, got 0}
     */
    Optional<Integer> positiveCount(Value value, Text expected, Text subject, Function<String, Text> rule) {
        return expect().count(value, expected, subject).flatMap(n -> {
            if (n < 1) {
                problems().error(value.span(), rule.apply(value.describe()));
                return Optional.empty();
            }
            return Optional.of(n);
        });
    }

    /** Reports every named option not in {@code known}, with the nearest known name. */
    void rejectUnknownOptions(EntryArgs args, List<String> known) {
        for (Value.Named named : args.named()) {
            if (!known.contains(named.name().name())) {
                Text takes = known.isEmpty()
                        ? Text.of("check.takes_no_options", args.name())
                        : Text.of("check.takes", args.name(), String.join(", ", known));
                problems()
                        .suggest(
                                Text.of(
                                        "check.unknown.argument_for",
                                        named.name().name(),
                                        args.name()),
                                named.name().name(),
                                named.name().span(),
                                known,
                                takes);
            }
        }
    }
}
