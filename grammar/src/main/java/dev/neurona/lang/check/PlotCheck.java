package dev.neurona.lang.check;

import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.PlotStmt;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.PlotPlan;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.pool.PoolSpec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code plot MODEL [curves | weights | filters] [to "file.png"]} and
 * {@code plot MODEL maps on DATA [row N] [to "file.png"]}: the model must exist, the kind must be
 * one of the four, a file must be a PNG; {@code curves} needs a trained model, {@code weights} a
 * file and an input with a 2-D size such as {@code 28x28}, {@code filters} a convolution and
 * {@code maps} a convolution or pool, a data set the model fits and a row counted from 0.
 */
final class PlotCheck {

    private static final List<String> KINDS =
            Arrays.stream(PlotPlan.Kind.values()).map(PlotPlan.Kind::keyword).toList();
    private static final String ROW = "row";
    private static final Set<String> CONVOLUTION = Set.of(ConvSpec.KIND);
    private static final Set<String> MAP_LAYERS = Set.of(ConvSpec.KIND, PoolSpec.Op.MAX.kind(), PoolSpec.Op.AVG.kind());

    private final CheckContext context;
    private final Problems problems;

    PlotCheck(CheckContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    Optional<Plan> check(PlotStmt stmt) {
        int errorsBefore = problems.errorCount();
        Optional<ModelSymbol> model = context.scope().model(stmt.model(), problems);
        Optional<PlotPlan.Kind> kind = stmt.kind().isEmpty()
                ? Optional.of(PlotPlan.Kind.CURVES)
                : kind(stmt.kind().get());
        Optional<Path> file = stmt.output()
                .flatMap(written -> FileKinds.require(
                                written, List.of(".png"), name -> Text.of("check.file.plot_png", name), problems)
                        ? OutputFile.check(written.value(), written.span(), "plot.png", context)
                        : Optional.empty());
        Optional<DataRef> data = stmt.data().flatMap(ref -> context.scope().data(ref, problems));
        int row = 0;
        if (kind.isPresent() && kind.get() == PlotPlan.Kind.MAPS) {
            row = maps(stmt, model, data);
        } else if (kind.isPresent()) {
            stmt.data()
                    .ifPresent(ref -> problems.error(
                            ref.span(),
                            Text.of(
                                    "check.plot.no_data",
                                    stmt.model().name(),
                                    kind.get().keyword())));
        }
        if (kind.isPresent() && kind.get() == PlotPlan.Kind.WEIGHTS) {
            Identifier word = stmt.kind().get();
            boolean imageInput = model.map(m -> imageInput(m, word)).orElse(true);
            if (imageInput && stmt.output().isEmpty()) {
                problems.error(
                        word.span(),
                        Text.of("check.plot.weights_terminal"),
                        Text.of("check.plot.weights_file", stmt.model().name()));
            }
        } else if (kind.isPresent() && kind.get() == PlotPlan.Kind.FILTERS) {
            model.filter(m -> hasLayer(m, CONVOLUTION).equals(Optional.of(false)))
                    .ifPresent(m -> problems.error(stmt.kind().get().span(), noConvolution(m.name())));
        } else if (kind.isPresent() && kind.get() == PlotPlan.Kind.CURVES) {
            model.filter(m -> m.isKnown() && !m.trained())
                    .ifPresent(m -> problems.error(
                            stmt.model().span(),
                            Text.of("check.plot.untrained", m.name()),
                            Text.of("check.plot.train_first", m.name())));
        }
        if (problems.errorCount() > errorsBefore
                || model.isEmpty()
                || stmt.data().isPresent() && data.isEmpty()) {
            return Optional.empty(); // a silenced name reports nothing, yet resolves to nothing
        }
        return Optional.of(new PlotPlan(
                stmt.model().name(),
                kind.get(),
                data.map(DataRef::name),
                row,
                file,
                stmt.model().span()));
    }

    /** {@code maps on DATA [row N]}: reports what is wrong and returns the row. */
    private int maps(PlotStmt stmt, Optional<ModelSymbol> model, Optional<DataRef> data) {
        Identifier word = stmt.kind().get();
        String name = stmt.model().name();
        if (stmt.data().isEmpty()) {
            problems.error(word.span(), Text.of("check.plot.maps_data"), Text.of("check.plot.maps_data.help", name));
        }
        model.filter(m -> hasLayer(m, MAP_LAYERS).equals(Optional.of(false)))
                .ifPresent(m -> problems.error(word.span(), noMaps(m.name())));
        FitRules.applies(model, data, stmt.model().span(), context);
        return stmt.setting().map(this::row).orElse(0);
    }

    /** The row of {@code row N}: a whole number from 0; anything else is reported. */
    private int row(PlotStmt.Setting setting) {
        if (!setting.name().name().equals(ROW)) {
            problems.unknown(
                    Text.of("check.unknown.plot_setting", setting.name().name()),
                    setting.name().name(),
                    setting.name().span(),
                    List.of(ROW));
            return 0;
        }
        Value value = context.evaluator().eval(setting.value());
        return context.expect()
                .count(value, Text.of("check.plot.row"), Text.of("check.plot.row_subject"))
                .map(n -> {
                    if (n < 0) {
                        problems.error(value.span(), Text.of("check.plot.row_from_zero", value.describe()));
                        return 0;
                    }
                    return n;
                })
                .orElse(0);
    }

    private Optional<PlotPlan.Kind> kind(Identifier word) {
        for (PlotPlan.Kind kind : PlotPlan.Kind.values()) {
            if (kind.keyword().equals(word.name())) return Optional.of(kind);
        }
        problems.unknown(Text.of("check.unknown.plot", word.name()), word.name(), word.span(), KINDS);
        return Optional.empty();
    }

    /**
     * Whether the model has a layer of one of these kinds, when its layers are known before
     * running: from its built architecture, or the block it was written as. Empty when unknown.
     */
    private static Optional<Boolean> hasLayer(ModelSymbol model, Set<String> kinds) {
        if (!model.isKnown()) {
            return Optional.empty();
        }
        if (model.spec().isPresent()) {
            return Optional.of(model.spec().get().layers().stream().anyMatch(layer -> kinds.contains(layer.kind())));
        }
        return model.template().map(template -> template.body().entries().stream()
                .anyMatch(entry -> kinds.contains(entry.name().name())));
    }

    /** As the run says it when the model's layers are known only then. */
    private static Text noConvolution(String model) {
        return Text.of("check.plot.no_conv", model);
    }

    private static Text noMaps(String model) {
        return Text.of("check.plot.no_maps", model);
    }

    /** Reports an input that is known not to be 2-D; returns whether the input may be drawn. */
    private boolean imageInput(ModelSymbol model, Identifier word) {
        Optional<List<Integer>> shape = model.info().flatMap(ModelInfo::inputShape);
        if (shape.isEmpty() || shape.get().size() == 2) {
            return true;
        }
        problems.error(word.span(), Text.of("check.plot.weights_2d", model.name(), size(shape.get())));
        return false;
    }

    private static String size(List<Integer> shape) {
        return String.join("x", shape.stream().map(String::valueOf).toList());
    }
}
