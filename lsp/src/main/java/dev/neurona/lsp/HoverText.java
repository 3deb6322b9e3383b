package dev.neurona.lsp;

import dev.neurona.lang.ast.LoadStmt;
import dev.neurona.lang.check.DataSymbol;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.lang.plan.InputPlan;
import dev.neurona.lang.plan.ModelPlan;
import dev.neurona.lang.plan.Plan;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.ShapeException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hover text of a name: a model's layers with their output shapes and parameter counts, as
 * {@code print MODEL} shows them, or a data set's features, task and parts as far as the check
 * knows them without loading the rows.
 */
final class HoverText {

    /** Class names shown at most; a longer list ends with an ellipsis. */
    private static final int MOST_CLASSES = 12;

    private final Analysis analysis;
    private final Messages messages;

    /** @param messages the language of the text */
    HoverText(Analysis analysis, Messages messages) {
        this.analysis = analysis;
        this.messages = messages;
    }

    Optional<String> of(Names.Definition definition) {
        return definition.kind() == Names.Kind.DATA ? data(definition) : model(definition);
    }

    private Optional<String> model(Names.Definition definition) {
        Optional<ModelPlan> plan = planOf(definition);
        if (plan.isEmpty()) {
            if (definition.statement() instanceof LoadStmt load) {
                return Optional.of(messages.text(
                        "lsp.hover.model.loaded", definition.name(), load.path().value()));
            }
            return Optional.of(messages.text("lsp.hover.model", definition.name()));
        }
        StringBuilder text = new StringBuilder(
                definition.isTemplate()
                        ? messages.text(
                                "lsp.hover.model.template",
                                definition.name(),
                                String.join(", ", definition.parameters()))
                        : messages.text("lsp.hover.model", definition.name()));
        Optional<List<Integer>> input = inputShape(plan.get().input());
        List<LayerSpec> layers = plan.get().layers();
        text.append("\n\n| ")
                .append(messages.text("lsp.hover.column.layer"))
                .append(" | ")
                .append(messages.text("lsp.hover.column.output"))
                .append(" | ")
                .append(messages.text("lsp.hover.column.parameters"))
                .append(" |\n|---|---|---|\n");
        if (input.isEmpty()) {
            text.append("| ").append(messages.text("lsp.hover.input.unknown")).append(" | | |\n");
            layers.forEach(layer -> text.append("| ").append(layer.describe()).append(" | | |\n"));
            return Optional.of(text.toString());
        }
        Shape shape = Shape.ofInput(input.get());
        text.append("| input | ").append(shape).append(" | 0 |\n");
        long total = 0;
        for (LayerSpec layer : layers) {
            try {
                long parameters = layer.parameterCount(shape);
                shape = layer.outputShape(shape);
                total += parameters;
                text.append("| ")
                        .append(layer.describe())
                        .append(" | ")
                        .append(shape)
                        .append(" | ")
                        .append(count(parameters))
                        .append(" |\n");
            } catch (ShapeException e) {
                Text fix = e.fix();
                String why = fix == null
                        ? messages.text("lsp.hover.layer.misfit", e.text().in(messages))
                        : messages.text("lsp.hover.layer.misfit.fix", e.text().in(messages), fix.in(messages));
                text.append("| ")
                        .append(layer.describe())
                        .append(" | ")
                        .append(why)
                        .append(" | |\n");
                return Optional.of(text.toString());
            }
        }
        text.append("\n").append(messages.text("lsp.hover.model.total", count(total), plural(total)));
        return Optional.of(text.toString());
    }

    /** The compiled model of this definition: the last one by that name at or before its line. */
    private Optional<ModelPlan> planOf(Names.Definition definition) {
        ModelPlan found = null;
        for (Plan plan : analysis.plans()) {
            if (plan instanceof ModelPlan model
                    && model.name().equals(definition.name())
                    && model.where().line() <= definition.nameSpan().line()) {
                found = model;
            }
        }
        return Optional.ofNullable(found);
    }

    private Optional<List<Integer>> inputShape(InputPlan input) {
        if (input instanceof InputPlan.Fixed fixed) {
            return Optional.of(fixed.shape());
        }
        String data = ((InputPlan.FromData) input).data();
        return shapeOf(data.contains(".") ? data.substring(0, data.indexOf('.')) : data)
                .map(DataShape::featureShape);
    }

    private Optional<DataShape> shapeOf(String dataName) {
        return analysis.scope()
                .lookup(dataName)
                .filter(s -> s instanceof DataSymbol)
                .flatMap(s -> ((DataSymbol) s).facts().shape());
    }

    private Optional<String> data(Names.Definition definition) {
        String name = definition.name();
        Optional<DataSymbol> symbol = analysis.scope()
                .lookup(name)
                .filter(s -> s instanceof DataSymbol)
                .map(s -> (DataSymbol) s);
        if (symbol.isEmpty() || symbol.get().broken()) {
            return Optional.of(messages.text("lsp.hover.data.broken", name));
        }
        StringBuilder text = new StringBuilder(messages.text("lsp.hover.data", name)).append("\n");
        Optional<DataShape> shape = symbol.get().facts().shape();
        if (shape.isPresent()) {
            DataShape known = shape.get();
            String features = count(known.featureCount());
            line(
                    text,
                    known.featureShape().size() > 1
                            ? messages.text(
                                    "lsp.hover.data.features.shape",
                                    features,
                                    known.featureShape().stream()
                                            .map(String::valueOf)
                                            .collect(Collectors.joining("x")))
                            : messages.text("lsp.hover.data.features", features));
            line(
                    text,
                    known.task() == Task.CLASSIFICATION
                            ? messages.text("lsp.hover.data.task.classification")
                            : messages.text("lsp.hover.data.task.regression"));
            if (!known.classNames().isEmpty()) {
                String classes = String.valueOf(known.classCount());
                String shown =
                        String.join(", ", known.classNames().subList(0, Math.min(MOST_CLASSES, known.classCount())));
                line(
                        text,
                        known.classCount() > MOST_CLASSES
                                ? messages.text("lsp.hover.data.classes.more", classes, shown)
                                : messages.text("lsp.hover.data.classes", classes, shown));
            } else if (!known.targetNames().isEmpty()) {
                line(text, messages.text("lsp.hover.data.target", String.join(", ", known.targetNames())));
            }
        } else {
            line(text, messages.text("lsp.hover.data.shape_unknown"));
        }
        List<String> parts = symbol.get().facts().parts();
        if (!parts.isEmpty()) {
            line(
                    text,
                    messages.text(
                            "lsp.hover.data.parts",
                            parts.stream().map(p -> name + "." + p).collect(Collectors.joining(", "))));
        }
        if (symbol.get().facts().streamed()) {
            line(text, messages.text("lsp.hover.data.streamed"));
        }
        return Optional.of(text.toString());
    }

    /** One item of a Markdown list. */
    private static void line(StringBuilder text, String item) {
        text.append("\n- ").append(item);
    }

    /** A count as {@code print} shows it, with thousands separated: {@code 101,770}. */
    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The argument a message chooses its plural by: 0, 1 or 2 for any more. */
    private static int plural(long n) {
        return (int) Math.min(n, 2);
    }
}
