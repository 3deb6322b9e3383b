package dev.neurona.lang.check;

import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.PlotStmt;
import dev.neurona.lang.ast.StringLit;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.PlotPlan;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code plot MODEL [curves | weights] [to "file.png"]}: the model must exist, the kind must be
 * one of the two, a file must be a PNG; {@code curves} needs a trained model, {@code weights} a
 * file and an input with a 2-D size such as {@code 28x28}.
 */
final class PlotCheck {

    private static final List<String> KINDS = Arrays.stream(PlotPlan.Kind.values()).map(PlotPlan.Kind::keyword).toList();

    private final CheckContext context;
    private final Problems problems;

    PlotCheck(CheckContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    Optional<Plan> check(PlotStmt stmt) {
        int errorsBefore = problems.errorCount();
        Optional<ModelSymbol> model = context.scope().model(stmt.model(), problems);
        Optional<PlotPlan.Kind> kind = stmt.kind().isEmpty() ? Optional.of(PlotPlan.Kind.CURVES) : kind(stmt.kind().get());
        stmt.output().ifPresent(file -> FileKinds.require(file, List.of(".png"), "a plot is drawn as a PNG image",
                problems));
        if (kind.isPresent() && kind.get() == PlotPlan.Kind.WEIGHTS) {
            Identifier word = stmt.kind().get();
            boolean imageInput = model.map(m -> imageInput(m, word)).orElse(true);
            if (imageInput && stmt.output().isEmpty()) {
                problems.error(word.span(), "weights are drawn as images, which a terminal cannot show",
                        "add a file: plot " + stmt.model().name() + " weights to \"weights.png\"");
            }
        } else if (kind.isPresent()) {
            model.filter(m -> m.isKnown() && !m.trained()).ifPresent(m -> problems.error(stmt.model().span(),
                    "model '" + m.name() + "' has not been trained yet, so it has no curves to plot",
                    "train it first: train " + m.name() + " on DATA"));
        }
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        Optional<Path> file = stmt.output().map(StringLit::value).map(context.paths()::resolve);
        return Optional.of(new PlotPlan(stmt.model().name(), kind.get(), file, stmt.model().span()));
    }

    private Optional<PlotPlan.Kind> kind(Identifier word) {
        for (PlotPlan.Kind kind : PlotPlan.Kind.values()) {
            if (kind.keyword().equals(word.name())) return Optional.of(kind);
        }
        problems.unknown("kind of plot", word.name(), word.span(), KINDS);
        return Optional.empty();
    }

    /** Reports an input that is known not to be 2-D; returns whether the input may be drawn. */
    private boolean imageInput(ModelSymbol model, Identifier word) {
        Optional<List<Integer>> shape = model.info().flatMap(ModelInfo::inputShape);
        if (shape.isEmpty() || shape.get().size() == 2) {
            return true;
        }
        problems.error(word.span(), "weights are drawn as images only for an input with a 2-D size such as"
                + " 28x28, but model '" + model.name() + "' has input " + size(shape.get()));
        return false;
    }

    private static String size(List<Integer> shape) {
        return String.join("x", shape.stream().map(String::valueOf).toList());
    }
}
