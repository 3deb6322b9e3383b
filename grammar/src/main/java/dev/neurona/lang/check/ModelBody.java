package dev.neurona.lang.check;

import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.plan.InputPlan;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the layers of a model block: {@code input N | 28x28 | 1x28x28 | DATA} first and once,
 * then the layers, each read by its {@link LayerLine}; when the input's shape is known, every
 * layer's shape is checked before anything runs.
 */
final class ModelBody {

    static final List<String> LAYERS = LayerLines.KEYWORDS;

    /** The compiled body; {@code inputShape} is empty when it comes from a data set of unknown shape. */
    record Compiled(InputPlan input, Optional<List<Integer>> inputShape, List<LayerSpec> layers) {}

    private final CheckContext context;
    private final Evaluator evaluator;
    private final Problems problems;
    private @Nullable InputPlan input;
    private Optional<List<Integer>> inputShape = Optional.empty();
    private final List<LayerShapes.Placed> layers = new ArrayList<>();

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
                        problems.error(entry.name().span(), Text.of("check.model.two_inputs", model.name()));
                    } else if (i > 0) {
                        problems.error(entry.name().span(), Text.of("check.model.input_first", model.name()));
                    }
                    if (!inputWritten) {
                        input(args);
                    }
                    inputWritten = true;
                }
                default -> {
                    Optional<LayerLine> line = LayerLines.line(name);
                    if (line.isEmpty()) {
                        problems.unknown(
                                Text.of("check.unknown.layer", name),
                                name,
                                entry.name().span(),
                                LAYERS);
                    } else {
                        line.get()
                                .read(args, new LineContext(context, i == last))
                                .ifPresent(spec -> layers.add(new LayerShapes.Placed(
                                        spec, entry.name().span())));
                    }
                }
            }
        }
        if (!inputWritten) {
            problems.error(model.span(), Text.of("check.model.no_input", model.name()));
        }
        if (problems.errorCount() > errorsBefore || input == null) {
            return Optional.empty(); // no input also when it names a data set already reported
        }
        if (inputShape.isPresent() && !LayerShapes.check(inputShape.get(), layers, problems)) {
            return Optional.empty();
        }
        return Optional.of(new Compiled(
                input, inputShape, layers.stream().map(LayerShapes.Placed::spec).toList()));
    }

    private void input(EntryArgs args) {
        Optional<Value> value = args.one(Text.of("check.model.input_expected"), problems);
        if (value.isEmpty()) {
            return;
        }
        if (value.get() instanceof Value.Num) {
            context.expect()
                    .count(value.get(), Text.of("check.model.inputs"), Text.of("check.model.inputs_subject"))
                    .ifPresent(width -> {
                        if (width < 1) {
                            problems.error(
                                    value.get().span(),
                                    Text.of(
                                            "check.model.at_least_one_input",
                                            value.get().describe()));
                        } else {
                            fixed(List.of(width));
                        }
                    });
        } else if (value.get() instanceof Value.Size size) {
            long width = size.factors().stream().mapToLong(Integer::longValue).reduce(1, (a, b) -> a * b);
            if (size.factors().contains(0)) {
                problems.error(size.span(), Text.of("check.model.size_factor", size.text()));
            } else if (width > Integer.MAX_VALUE) {
                problems.error(size.span(), Text.of("check.model.size_too_large", size.text()));
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
            context.expect()
                    .wrong(
                            value.get(),
                            Text.of("check.expected_after_phrase", Text.of("check.model.input_expected"), "input"));
        }
    }

    private void fixed(List<Integer> shape) {
        input = new InputPlan.Fixed(shape);
        inputShape = Optional.of(shape);
    }
}
