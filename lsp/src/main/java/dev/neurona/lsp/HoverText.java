package dev.neurona.lsp;

import dev.neurona.lang.ast.LoadStmt;
import dev.neurona.lang.check.DataSymbol;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.lang.plan.InputPlan;
import dev.neurona.lang.plan.ModelPlan;
import dev.neurona.lang.plan.Plan;
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

    private final Analysis analysis;

    HoverText(Analysis analysis) {
        this.analysis = analysis;
    }

    Optional<String> of(Names.Definition definition) {
        return definition.kind() == Names.Kind.DATA ? data(definition) : model(definition);
    }

    private Optional<String> model(Names.Definition definition) {
        Optional<ModelPlan> plan = planOf(definition);
        if (plan.isEmpty()) {
            if (definition.statement() instanceof LoadStmt load) {
                return Optional.of("**model " + definition.name() + "**, loaded from \""
                        + load.path().value() + "\"");
            }
            return Optional.of("**model " + definition.name() + "**");
        }
        StringBuilder text =
                new StringBuilder("**model ").append(definition.name()).append("**");
        if (definition.isTemplate()) {
            text.append(" (template: ")
                    .append(String.join(", ", definition.parameters()))
                    .append(")");
        }
        Optional<List<Integer>> input = inputShape(plan.get().input());
        List<LayerSpec> layers = plan.get().layers();
        text.append("\n\n| layer | output | parameters |\n|---|---|---|\n");
        if (input.isEmpty()) {
            text.append("| input (shape not known yet) | | |\n");
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
                        .append(String.format(Locale.ROOT, "%,d", parameters))
                        .append(" |\n");
            } catch (ShapeException e) {
                text.append("| ")
                        .append(layer.describe())
                        .append(" | does not fit: ")
                        .append(e.getMessage())
                        .append(" | |\n");
                return Optional.of(text.toString());
            }
        }
        text.append("\n").append(String.format(Locale.ROOT, "%,d", total)).append(" parameters");
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
        StringBuilder text =
                new StringBuilder("**data ").append(definition.name()).append("**");
        Optional<DataSymbol> symbol = analysis.scope()
                .lookup(definition.name())
                .filter(s -> s instanceof DataSymbol)
                .map(s -> (DataSymbol) s);
        if (symbol.isEmpty() || symbol.get().broken()) {
            return Optional.of(
                    text.append(": not known until its definition is fixed").toString());
        }
        Optional<DataShape> shape = symbol.get().facts().shape();
        if (shape.isPresent()) {
            DataShape known = shape.get();
            String dims = known.featureShape().stream().map(String::valueOf).collect(Collectors.joining("x"));
            text.append("\n\n- features: ").append(String.format(Locale.ROOT, "%,d", known.featureCount()));
            if (known.featureShape().size() > 1) {
                text.append(" (").append(dims).append(")");
            }
            text.append("\n- task: ").append(known.task().keyword());
            if (!known.classNames().isEmpty()) {
                text.append("\n- classes (")
                        .append(known.classCount())
                        .append("): ")
                        .append(String.join(", ", known.classNames().subList(0, Math.min(12, known.classCount()))))
                        .append(known.classCount() > 12 ? ", ..." : "");
            } else if (!known.targetNames().isEmpty()) {
                text.append("\n- target: ").append(String.join(", ", known.targetNames()));
            }
        } else {
            text.append("\n\n- shape: known when the data is read");
        }
        List<String> parts = symbol.get().facts().parts();
        if (!parts.isEmpty()) {
            text.append("\n- parts: ")
                    .append(parts.stream().map(p -> definition.name() + "." + p).collect(Collectors.joining(", ")));
        }
        if (symbol.get().facts().streamed()) {
            text.append("\n- streamed from disk");
        }
        return Optional.of(text.toString());
    }
}
