package dev.neurona.lang.check;

import dev.neurona.lang.check.value.Range;
import dev.neurona.lang.check.value.Value;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.norm.BatchNormSpec;
import java.util.List;
import java.util.Optional;

/** {@code batchnorm [momentum=0.99] [eps=0.001]}: per channel after maps, per unit after dense. */
final class BatchNormLine implements LayerLine {

    /** Above 0 and below 1: a larger eps would swamp the variance it guards. */
    private static final Range EPSILON =
            (value, subject, got) -> value > 0 && value < 1 ? null : Text.of("check.batchnorm.eps", got);

    @Override
    public List<String> options() {
        return List.of("momentum", "eps");
    }

    @Override
    public String keyword() {
        return BatchNormSpec.KIND;
    }

    @Override
    public Optional<LayerSpec> read(EntryArgs args, LineContext at) {
        args.rejectPositional(0, at.problems());
        args.rejectIntroduced(at.problems());
        Optional<Double> momentum = Optional.of(BatchNormSpec.DEFAULT_MOMENTUM);
        Optional<Double> epsilon = Optional.of(BatchNormSpec.DEFAULT_EPSILON);
        for (Value.Named named : args.named()) {
            switch (named.name().name()) {
                case "momentum" -> momentum = inRange(named, Range.fraction(), at);
                case "eps" -> epsilon = inRange(named, EPSILON, at);
                default -> {}
            }
        }
        at.rejectUnknownOptions(args, options());
        if (momentum.isEmpty() || epsilon.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BatchNormSpec(momentum.get(), epsilon.get()));
    }

    private static Optional<Double> inRange(Value.Named named, Range range, LineContext at) {
        String name = named.name().name();
        return at.expect()
                .number(named.value(), Text.of("check.number_after_equals", name))
                .flatMap(num -> {
                    Text violation = range.violation(num.value(), "batchnorm " + name, num.describe());
                    if (violation != null) {
                        at.problems().error(num.span(), violation);
                        return Optional.empty();
                    }
                    return Optional.of(num.value());
                });
    }
}
