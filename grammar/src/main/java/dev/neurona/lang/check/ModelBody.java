package dev.neurona.lang.check;

import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Range;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.check.words.Activations;
import dev.neurona.lang.check.words.Inits;
import dev.neurona.lang.plan.InputPlan;
import dev.neurona.runtime.spec.ActivationKind;
import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.nn.LayerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles the layers of a model block: {@code input N | 28x28 | DATA} first and once, then
 * {@code dense UNITS [ACTIVATION] [init=NAME]}, {@code dropout RATE} and
 * {@code activation ACTIVATION}; softmax only on the last layer.
 */
final class ModelBody {

    static final List<String> LAYERS = List.of("input", "dense", "dropout", "activation");

    /** The compiled body; {@code inputShape} is empty when it comes from a data set of unknown shape. */
    record Compiled(InputPlan input, Optional<List<Integer>> inputShape, List<LayerSpec> layers) {
    }

    private final CheckContext context;
    private final Evaluator evaluator;
    private final Problems problems;
    private InputPlan input;
    private Optional<List<Integer>> inputShape = Optional.empty();
    private final List<LayerSpec> layers = new ArrayList<>();

    private ModelBody(CheckContext context, Evaluator evaluator) {
        this.context = context;
        this.evaluator = evaluator;
        this.problems = context.problems();
    }

    /**
     * @param evaluator evaluates the body's values, with the template's parameters if any; it
     *                  reports through {@code context}'s problems
     */
    static Optional<Compiled> compile(Identifier model, Block body, CheckContext context, Evaluator evaluator) {
        return new ModelBody(context, evaluator).compile(model, body);
    }

    private Optional<Compiled> compile(Identifier model, Block body) {
        int errorsBefore = problems.errorCount();
        List<Entry> entries = body.entries();
        boolean inputWritten = false;
        int last = entries.size() - 1;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String name = entry.name().name();
            EntryArgs args = EntryArgs.of(entry, evaluator);
            switch (name) {
                case "input" -> {
                    if (inputWritten) {
                        problems.error(entry.name().span(), "model '" + model.name() + "' has more than one 'input' layer");
                    } else if (i > 0) {
                        problems.error(entry.name().span(), "'input' must be the first layer of model '" + model.name() + "'");
                    }
                    if (!inputWritten) {
                        input(args);
                    }
                    inputWritten = true;
                }
                case "dense" -> dense(args, i == last);
                case "dropout" -> dropout(args);
                case "activation" -> activation(args, i == last);
                default -> problems.unknown("layer", name, entry.name().span(), LAYERS);
            }
        }
        if (!inputWritten) {
            problems.error(model.span(), "model '" + model.name() + "' has no input layer; start it with 'input N'");
        }
        if (problems.errorCount() > errorsBefore || input == null) {
            return Optional.empty(); // no input also when it names a data set already reported
        }
        return Optional.of(new Compiled(input, inputShape, layers));
    }

    private void input(EntryArgs args) {
        Optional<Value> value = args.one("a number of inputs, a size such as 28x28, or a data set", problems);
        if (value.isEmpty()) {
            return;
        }
        if (value.get() instanceof Value.Num) {
            context.expect().count(value.get(), "a number of inputs", "the number of inputs").ifPresent(width -> {
                if (width < 1) {
                    problems.error(value.get().span(), "a model needs at least 1 input, got " + value.get().describe());
                } else {
                    fixed(List.of(width));
                }
            });
        } else if (value.get() instanceof Value.Size size) {
            long width = size.factors().stream().mapToLong(Integer::longValue).reduce(1, (a, b) -> a * b);
            if (size.factors().contains(0)) {
                problems.error(size.span(), "every factor of an input size must be at least 1, got " + size.text());
            } else if (width > Integer.MAX_VALUE) {
                problems.error(size.span(), "the input size is too large, got " + size.text());
            } else {
                fixed(size.factors());
            }
        } else if (value.get() instanceof Value.Word word) {
            NameRef name = word.name();
            context.scope().data(name, problems).ifPresent(ref -> {
                input = new InputPlan.FromData(ref.name());
                inputShape = ModelInfo.shapeOf(ref.shape());
            });
        } else {
            context.expect().wrong(value.get(), "a number of inputs, a size such as 28x28, or a data set after 'input'");
        }
    }

    private void fixed(List<Integer> shape) {
        input = new InputPlan.Fixed(shape);
        inputShape = Optional.of(shape);
    }

    private void dense(EntryArgs args, boolean isLast) {
        List<Value> values = args.positional();
        args.rejectIntroduced(problems);
        if (values.isEmpty()) {
            problems.error(args.afterName(), "expected a number of units after 'dense'");
            return;
        }
        if (values.size() > 2) {
            problems.error(values.get(2).span(), "too many values for 'dense'; it takes a number of units and an activation");
        }
        Optional<Integer> units = context.expect().count(values.get(0), "a number of units after 'dense'", "the number of units")
                .flatMap(n -> {
                    if (n < 1) {
                        problems.error(values.get(0).span(), "dense needs at least 1 unit, got " + values.get(0).describe());
                        return Optional.empty();
                    }
                    return Optional.of(n);
                });
        Optional<ActivationSpec> activation = Optional.of(ActivationSpec.LINEAR);
        if (values.size() > 1) {
            activation = Activations.TABLE.read(values.get(1), context.expect());
            activation.ifPresent(a -> softmaxOnlyLast(a, values.get(1).span(), isLast));
        }
        Optional<InitSpec> init = Optional.of(InitSpec.AUTO);
        for (Value.Named named : args.named()) {
            if (named.name().name().equals("init")) {
                init = Inits.TABLE.read(named.value(), context.expect());
            } else {
                problems.suggest("unknown argument '" + named.name().name() + "' for 'dense'", named.name().name(),
                        named.name().span(), List.of("init"), "dense takes: init");
            }
        }
        if (units.isPresent() && activation.isPresent() && init.isPresent()) {
            layers.add(new DenseSpec(units.get(), activation.get(), init.get()));
        }
    }

    private void dropout(EntryArgs args) {
        args.one("a rate", problems)
                .flatMap(value -> context.expect().number(value, "a rate after 'dropout'"))
                .ifPresent(rate -> {
                    String violation = Range.fraction().violation(rate.value());
                    if (violation != null) {
                        problems.error(rate.span(), "dropout rate " + violation + ", got " + rate.describe());
                    } else {
                        layers.add(new DropoutSpec(rate.value()));
                    }
                });
    }

    private void activation(EntryArgs args, boolean isLast) {
        args.one("an activation", problems).ifPresent(value -> Activations.TABLE.read(value, context.expect())
                .ifPresent(activation -> {
                    softmaxOnlyLast(activation, value.span(), isLast);
                    layers.add(new ActivationLayerSpec(activation));
                }));
    }

    private void softmaxOnlyLast(ActivationSpec activation, SourceSpan span, boolean isLast) {
        if (activation.kind() == ActivationKind.SOFTMAX && !isLast) {
            problems.error(span, "softmax is allowed only on the last layer");
        }
    }
}
