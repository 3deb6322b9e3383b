package dev.neurona.lang.check;

import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.PositionalArg;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.SweepStmt;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Range;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.SweepAxis;
import dev.neurona.lang.plan.SweepCombination;
import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.lang.plan.Template;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.spec.ModelSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sweep NAME = TEMPLATE on DATA { OPTIONS } [to "results.csv"]}: the block's train options
 * as in a train block, and its own lines: each {@code vary} names a parameter of the template,
 * {@code lr} or a train option, and lists values that suit it; {@code select} names a validation
 * figure. A sweep must have validation data, since selecting on the training data rewards
 * overfitting. Every combination is compiled and must fit the data. NAME is then a trained model.
 */
final class SweepCheck {

    /** Above this many combinations a sweep gets a warning before it starts. */
    static final int MANY_COMBINATIONS = 100;
    /** More runs than this (combinations times repeats) are refused: compiling them alone would take long. */
    static final int MAX_RUNS = 10_000;

    private final CheckContext context;
    private final Problems problems;

    SweepCheck(CheckContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    Optional<Plan> check(SweepStmt stmt) {
        int errorsBefore = problems.errorCount();
        Optional<ModelSymbol> model = context.scope().model(stmt.template(), problems);
        Optional<DataRef> data = context.scope().data(stmt.data(), problems);
        SweepDraft sweep = SweepLines.read(stmt.options(), context);
        TrainDraft base = new TrainDraft();
        TrainOptionTable.TABLE.read(
                new Block(stmt.options().span(), sweep.trainOptions), base, context, context.evaluator());
        validation(stmt, base, data);
        if (base.monitor != null) {
            TrainCheck.monitor(base, data, problems);
        }
        select(sweep, data);
        Optional<ModelSymbol> known = model.filter(ModelSymbol::isKnown).filter(m -> startsFrom(m, stmt));
        Optional<List<SweepGrid.Axis>> axes = known.map(m -> axes(sweep, m, base, data));
        Optional<Plan> plan = Optional.empty();
        if (known.isPresent() && data.isPresent()) {
            plan = combinations(stmt, known.get(), axes.get(), sweep, base, data.get(), errorsBefore);
        }
        if (plan.isEmpty()) {
            context.scope()
                    .define(
                            ModelSymbol.broken(stmt.name().name(), stmt.span().line()),
                            stmt.name().span(),
                            problems,
                            context.warnOnRedefinition());
        }
        return plan;
    }

    /** A sweep whose layers are chosen by another sweep has no template to start from yet. */
    private boolean startsFrom(ModelSymbol model, SweepStmt stmt) {
        if (model.template().isEmpty() && model.spec().isEmpty()) {
            problems.error(
                    stmt.template().span(),
                    Text.of("check.sweep.swept_layers", model.name()),
                    Text.of("check.sweep.first_template"));
            return false;
        }
        return true;
    }

    private void validation(SweepStmt stmt, TrainDraft base, Optional<DataRef> data) {
        if (!base.validates) {
            problems.error(
                    CheckContext.keyword(stmt.span(), "sweep"),
                    Text.of("check.sweep.needs_validation"),
                    Text.of("check.sweep.needs_validation.help"));
        } else if (base.validation != null && data.isPresent()) {
            FitRules.validation(data.get(), base.validation, problems);
        }
    }

    private void select(SweepDraft sweep, Optional<DataRef> data) {
        Optional<Task> task = data.flatMap(DataRef::shape).map(shape -> shape.task());
        if (sweep.select == Metric.VAL_ACCURACY && sweep.selectSpan != null && task.orElse(null) == Task.REGRESSION) {
            problems.error(
                    sweep.selectSpan,
                    Text.of("check.sweep.accuracy_regression", data.get().name()));
        }
    }

    /** What each {@code vary} line changes, with its values checked against it. */
    private List<SweepGrid.Axis> axes(SweepDraft sweep, ModelSymbol model, TrainDraft base, Optional<DataRef> data) {
        List<String> params = model.template().map(ModelCheck::parameterNames).orElse(List.of());
        Map<String, Integer> varied = new HashMap<>();
        List<SweepGrid.Axis> axes = new ArrayList<>();
        for (VaryLine line : sweep.vary) {
            String name = line.name().name();
            if (varied.containsKey(name)) {
                problems.error(
                        line.name().span(),
                        Text.of("check.sweep.varied_twice", name, String.valueOf(varied.get(name))));
                continue;
            }
            varied.put(name, line.name().span().line());
            if (params.contains(name)) {
                axes.add(new SweepGrid.Axis(line, SweepAxis.Kind.PARAMETER));
            } else if (name.equals("lr")) {
                learningRates(line);
                axes.add(new SweepGrid.Axis(line, SweepAxis.Kind.LEARNING_RATE));
            } else if (TrainOptionTable.TABLE.options().contains(name)) {
                if (option(line, sweep, base, data)) {
                    axes.add(new SweepGrid.Axis(line, SweepAxis.Kind.OPTION));
                }
            } else {
                unknown(line, model, params);
            }
        }
        if (varied.containsKey("lr")) {
            learningRateWrittenToo(sweep, axes, varied.get("lr"));
        }
        return axes;
    }

    private void learningRates(VaryLine line) {
        for (Value value : line.values()) {
            context.expect().number(value, Text.of("check.sweep.learning_rate")).ifPresent(lr -> {
                Text violation = Range.learningRate().violation(lr.value(), "lr", lr.describe());
                if (violation != null) {
                    problems.error(lr.span(), violation);
                }
            });
        }
    }

    /** A train option: each value is read as if the block said {@code NAME VALUE}. */
    private boolean option(VaryLine line, SweepDraft sweep, TrainDraft base, Optional<DataRef> data) {
        String name = line.name().name();
        if (name.equals("validate")) {
            problems.error(line.name().span(), Text.of("check.sweep.vary_validate"));
            return false;
        }
        Optional<Entry> set = sweep.trainOptions.stream()
                .filter(e -> e.name().name().equals(name))
                .findFirst();
        if (set.isPresent()) {
            problems.error(
                    line.name().span(),
                    Text.of(
                            "check.sweep.set_and_varied",
                            name,
                            String.valueOf(set.get().span().line())));
            return false;
        }
        SweepGrid.Axis axis = new SweepGrid.Axis(line, SweepAxis.Kind.OPTION);
        for (Expr value : line.exprs()) {
            TrainDraft draft = new TrainDraft();
            draft.validates = base.validates;
            TrainOptionTable.TABLE.read(
                    new Block(value.span(), List.of(SweepGrid.optionLine(axis, value))),
                    draft,
                    context,
                    context.evaluator());
            if (draft.monitor != null) {
                TrainCheck.monitor(draft, data, problems);
            }
        }
        return true;
    }

    private void unknown(VaryLine line, ModelSymbol model, List<String> params) {
        String name = line.name().name();
        List<String> candidates = new ArrayList<>(params);
        candidates.add("lr");
        TrainOptionTable.TABLE.options().stream()
                .filter(o -> !o.equals("validate") && !o.equals("checkpoint"))
                .forEach(candidates::add);
        Text message = params.isEmpty()
                ? Text.of("check.sweep.cannot_vary_plain", name, model.name())
                : Text.of("check.sweep.cannot_vary", name, model.name());
        Text hint = params.isEmpty()
                ? Text.of("check.sweep.can_vary_plain")
                : Text.of("check.sweep.can_vary", model.name(), String.join(", ", params));
        problems.suggest(message, name, line.name().span(), candidates, hint);
    }

    /** {@code vary lr} and an optimizer written with its own learning rate contradict each other. */
    private void learningRateWrittenToo(SweepDraft sweep, List<SweepGrid.Axis> axes, int lrLine) {
        Evaluator quiet = Evaluator.plain(new Problems(problems.file()));
        List<Value> optimizers = new ArrayList<>();
        sweep.trainOptions.stream()
                .filter(e -> e.name().name().equals("optimizer"))
                .flatMap(e -> e.args().stream())
                .filter(a -> a instanceof PositionalArg)
                .limit(1)
                .forEach(a -> optimizers.add(quiet.eval(((PositionalArg) a).value())));
        axes.stream()
                .filter(a -> a.kind() == SweepAxis.Kind.OPTION && a.name().equals("optimizer"))
                .forEach(a -> optimizers.addAll(a.line().values()));
        for (Value optimizer : optimizers) {
            explicitLearningRate(optimizer)
                    .ifPresent(span -> problems.error(span, Text.of("check.sweep.lr_written", String.valueOf(lrLine))));
        }
    }

    private static Optional<SourceSpan> explicitLearningRate(Value optimizer) {
        if (!(optimizer instanceof Value.Invocation call)) {
            return Optional.empty();
        }
        Optional<SourceSpan> named = call.named().stream()
                .filter(n -> n.name().name().equals("lr"))
                .map(n -> n.name().span())
                .findFirst();
        return named.or(() -> call.positional().stream().map(Value::span).findFirst());
    }

    /**
     * Compiles every combination, reporting what the values do to the template and the options,
     * even after other errors; a plan only when there are none.
     */
    private Optional<Plan> combinations(
            SweepStmt stmt,
            ModelSymbol model,
            List<SweepGrid.Axis> axes,
            SweepDraft sweep,
            TrainDraft base,
            DataRef data,
            int errorsBefore) {
        SourceSpan keyword = CheckContext.keyword(stmt.span(), "sweep");
        long count = SweepGrid.count(axes);
        long runs = count > Long.MAX_VALUE / sweep.repeat ? Long.MAX_VALUE : count * sweep.repeat;
        if (runs > MAX_RUNS) {
            String most = String.format(Locale.ROOT, "%,d", MAX_RUNS);
            problems.error(
                    keyword,
                    sweep.repeat > 1
                            ? Text.of(
                                    "check.sweep.too_many_runs",
                                    String.format(Locale.ROOT, "%,d", runs),
                                    String.format(Locale.ROOT, "%,d", count),
                                    String.valueOf(sweep.repeat),
                                    most)
                            : Text.of("check.sweep.too_many", String.format(Locale.ROOT, "%,d", count), most),
                    Text.of("check.sweep.fewer"));
            return Optional.empty();
        }
        SweepGrid grid = new SweepGrid(stmt, model, axes, sweep.trainOptions, Optional.of(data), context);
        Optional<List<SweepCombination>> combinations = grid.build();
        if (combinations.isEmpty() || problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        if (count > MANY_COMBINATIONS) {
            problems.warning(
                    keyword,
                    sweep.repeat > 1
                            ? Text.of(
                                    "check.sweep.long_runs",
                                    String.format(Locale.ROOT, "%,d", count),
                                    String.valueOf(sweep.repeat),
                                    String.format(Locale.ROOT, "%,d", runs))
                            : Text.of("check.sweep.long", String.format(Locale.ROOT, "%,d", count)));
        }
        define(stmt, model, axes, grid, data);
        List<SweepAxis> planned = axes.stream()
                .map(a -> new SweepAxis(a.name(), a.kind(), a.line().labels()))
                .toList();
        Optional<Path> output =
                stmt.output().flatMap(file -> OutputFile.check(file.value(), file.span(), "sweep.csv", context));
        if (stmt.output().isPresent() && output.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SweepPlan(
                stmt.name().name(),
                stmt.template().name(),
                data.name(),
                Optional.ofNullable(base.validation).map(DataRef::name),
                planned,
                combinations.get(),
                sweep.select,
                sweep.repeat,
                sweep.parallel,
                output,
                stmt.template().span()));
    }

    /**
     * Defines NAME as a trained model. Its layers are known here only when no template parameter
     * varies; otherwise the sweep chooses them while running.
     */
    private void define(SweepStmt stmt, ModelSymbol model, List<SweepGrid.Axis> axes, SweepGrid grid, DataRef data) {
        List<SweepGrid.Architecture> architectures = grid.architectures();
        boolean fixedLayers = axes.stream().noneMatch(a -> a.kind() == SweepAxis.Kind.PARAMETER);
        Optional<Template> template = fixedLayers ? architectures.get(0).template() : Optional.empty();
        Optional<ModelSpec> spec = model.template().isEmpty() ? model.spec() : Optional.empty();
        ModelSymbol symbol = new ModelSymbol(
                stmt.name().name(),
                stmt.span().line(),
                Optional.of(common(architectures)),
                template,
                spec,
                true,
                data.shape());
        context.scope().define(symbol, stmt.name().span(), problems, context.warnOnRedefinition());
    }

    /** What all the combinations' models have in common; a part that differs is unknown. */
    private static ModelInfo common(List<SweepGrid.Architecture> architectures) {
        List<ModelInfo> infos =
                architectures.stream().map(SweepGrid.Architecture::info).toList();
        ModelInfo first = infos.get(0);
        boolean sameInput = infos.stream().allMatch(i -> i.inputShape().equals(first.inputShape()));
        boolean sameOutput = infos.stream()
                .allMatch(i -> i.outputWidth().equals(first.outputWidth())
                        && i.outputActivation() == first.outputActivation());
        return new ModelInfo(
                sameInput ? first.inputShape() : Optional.empty(),
                sameOutput ? first.outputWidth() : Optional.empty(),
                first.outputActivation());
    }
}
