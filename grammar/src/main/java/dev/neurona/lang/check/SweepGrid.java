package dev.neurona.lang.check;

import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.Clause;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.PositionalArg;
import dev.neurona.lang.ast.SweepStmt;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Range;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.plan.InputPlan;
import dev.neurona.lang.plan.SweepAxis;
import dev.neurona.lang.plan.SweepCombination;
import dev.neurona.lang.plan.Template;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every combination of a sweep's values, compiled: the template's body again for each choice of
 * its parameters, and the train options with the varied ones put in. A problem that several
 * combinations share (a value the template cannot take, a loss that does not suit an output) is
 * reported once.
 */
final class SweepGrid {

    /** A {@code vary} line and what it changes. */
    record Axis(VaryLine line, SweepAxis.Kind kind) {
        String name() {
            return line.name().name();
        }
    }

    /** One model the combinations build, and its interface. */
    record Architecture(InputPlan input, List<LayerSpec> layers, Optional<Template> template, ModelInfo info) {}

    private final SweepStmt stmt;
    private final ModelSymbol model;
    private final List<Axis> axes;
    private final List<Entry> trainOptions;
    private final Optional<DataRef> data;
    private final CheckContext context;
    private final Problems problems;
    private final Set<String> reported = new HashSet<>();
    private final Map<List<Integer>, Optional<Architecture>> architectures = new LinkedHashMap<>();

    SweepGrid(
            SweepStmt stmt,
            ModelSymbol model,
            List<Axis> axes,
            List<Entry> trainOptions,
            Optional<DataRef> data,
            CheckContext context) {
        this.stmt = stmt;
        this.model = model;
        this.axes = List.copyOf(axes);
        this.trainOptions = List.copyOf(trainOptions);
        this.data = data;
        this.context = context;
        this.problems = context.problems();
    }

    /** The number of combinations: the product of the axes' sizes, at most {@code Long.MAX_VALUE}. */
    static long count(List<Axis> axes) {
        long count = 1;
        for (Axis axis : axes) {
            try {
                count = Math.multiplyExact(count, axis.line().values().size());
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        return count;
    }

    /** Every combination in order, the last axis changing fastest; empty after reporting what is wrong. */
    Optional<List<SweepCombination>> build() {
        int total = (int) count(axes);
        List<SweepCombination> combinations = new ArrayList<>();
        boolean fine = true;
        for (int c = 0; c < total; c++) {
            List<Integer> choices = choices(c);
            Optional<Architecture> architecture = architecture(choices);
            Optional<TrainSpec> spec = architecture.flatMap(a -> spec(choices, a));
            if (spec.isEmpty()) {
                fine = false;
                continue;
            }
            Architecture a = architecture.get();
            combinations.add(new SweepCombination(choices, a.input(), a.layers(), a.template(), spec.get()));
        }
        return fine ? Optional.of(combinations) : Optional.empty();
    }

    /** The distinct models the combinations build, once {@link #build()} has run. */
    List<Architecture> architectures() {
        return architectures.values().stream().flatMap(Optional::stream).toList();
    }

    /** Combination {@code c}'s value index on each axis. */
    private List<Integer> choices(int c) {
        Integer[] choices = new Integer[axes.size()];
        int rest = c;
        for (int a = axes.size() - 1; a >= 0; a--) {
            int size = axes.get(a).line().values().size();
            choices[a] = rest % size;
            rest /= size;
        }
        return List.of(choices);
    }

    private Optional<Architecture> architecture(List<Integer> choices) {
        List<Integer> key = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            if (axes.get(a).kind() == SweepAxis.Kind.PARAMETER) {
                key.add(choices.get(a));
            }
        }
        return architectures.computeIfAbsent(key, k -> compile(choices));
    }

    private Optional<Architecture> compile(List<Integer> choices) {
        Architecture architecture;
        if (model.template().isEmpty()) {
            ModelSpec spec = model.spec().orElseThrow();
            architecture = new Architecture(
                    new InputPlan.Fixed(spec.inputShape()), spec.layers(), Optional.empty(), ModelInfo.of(spec));
        } else {
            Template template = model.template().get();
            Map<String, Expr> arguments = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                if (axes.get(a).kind() == SweepAxis.Kind.PARAMETER) {
                    if (axes.get(a).line().values().get(choices.get(a)) instanceof Value.Bad) {
                        return Optional.empty(); // reported with the vary line
                    }
                    arguments.put(axes.get(a).name(), axes.get(a).line().exprs().get(choices.get(a)));
                }
            }
            Problems scratch = new Problems(problems.file());
            Optional<ModelBody.Compiled> compiled = TemplateBody.compile(
                    template, arguments, stmt.name(), stmt.template().span(), context.reportingTo(scratch));
            if (!forward(scratch) || compiled.isEmpty()) {
                return Optional.empty();
            }
            ModelBody.Compiled body = compiled.get();
            architecture = new Architecture(
                    body.input(),
                    body.layers(),
                    Optional.of(TemplateBody.instance(stmt.name().name(), template, arguments)),
                    ModelInfo.of(body.inputShape(), body.layers()));
        }
        if (data.isPresent()) {
            Problems scratch = new Problems(problems.file());
            ModelSymbol probe = probe(architecture);
            Set<String> once = new HashSet<>();
            if (FitRules.inputs(probe, data.get(), stmt.template().span(), scratch, once)) {
                FitRules.outputs(probe, data.get(), stmt.template().span(), scratch, once);
            }
            String values = parameters(choices);
            scratch.diagnostics()
                    .forEach(d -> report(
                            values.isEmpty()
                                    ? d
                                    : new Diagnostic(
                                            d.severity(),
                                            d.file(),
                                            d.span(),
                                            Text.of("check.sweep.with_values", values, d.text()),
                                            d.help())));
            if (scratch.hasErrors()) {
                return Optional.empty();
            }
        }
        return Optional.of(architecture);
    }

    /** {@code hidden=32 classes=4}: this combination's template parameters, for messages. */
    private String parameters(List<Integer> choices) {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            if (axes.get(a).kind() == SweepAxis.Kind.PARAMETER) {
                parts.add(axes.get(a).name() + "=" + axes.get(a).line().labels().get(choices.get(a)));
            }
        }
        return String.join(" ", parts);
    }

    /** The train options with this combination's values put in; their own errors are already reported. */
    private Optional<TrainSpec> spec(List<Integer> choices, Architecture architecture) {
        List<Entry> entries = new ArrayList<>(trainOptions);
        Double learningRate = null;
        for (int a = 0; a < axes.size(); a++) {
            Axis axis = axes.get(a);
            if (axis.kind() == SweepAxis.Kind.OPTION) {
                entries.add(optionLine(axis, axis.line().exprs().get(choices.get(a))));
            } else if (axis.kind() == SweepAxis.Kind.LEARNING_RATE) {
                if (!(axis.line().values().get(choices.get(a)) instanceof Value.Num lr)
                        || Range.learningRate().violation(lr.value(), "lr", lr.describe()) != null) {
                    return Optional.empty(); // reported with the vary line
                }
                learningRate = lr.value();
            }
        }
        Problems quiet = new Problems(problems.file());
        TrainDraft draft = new TrainDraft();
        TrainOptionTable.TABLE.read(
                new Block(stmt.options().span(), entries), draft, context.reportingTo(quiet), Evaluator.plain(quiet));
        if (quiet.hasErrors()) {
            return Optional.empty();
        }
        if (draft.loss != null && draft.lossSpan != null) { // set together
            Problems scratch = new Problems(problems.file());
            FitRules.loss(draft.loss, draft.lossSpan, probe(architecture), scratch);
            if (!forward(scratch)) {
                return Optional.empty();
            }
        }
        try {
            TrainSpec spec = draft.spec.build();
            return Optional.of(
                    learningRate == null
                            ? spec
                            : spec.toBuilder()
                                    .optimizer(withLearningRate(spec.optimizer(), learningRate))
                                    .build());
        } catch (IllegalArgumentException e) {
            report(Diagnostic.error(problems.file(), stmt.template().span(), String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    /** A train option line that says {@code NAME VALUE}, as if written in the block, for one value of a {@code vary} line. */
    static Entry optionLine(Axis axis, Expr value) {
        Identifier name = new Identifier(axis.line().name().span(), axis.name());
        return new Entry(value.span(), name, List.of(new Clause(value.span(), List.of(new PositionalArg(value)))));
    }

    static OptimizerSpec withLearningRate(OptimizerSpec o, double lr) {
        return new OptimizerSpec(
                o.kind(), lr, o.momentum(), o.nesterov(), o.beta1(), o.beta2(), o.eps(), o.rho(), o.weightDecay());
    }

    private ModelSymbol probe(Architecture architecture) {
        return new ModelSymbol(
                model.name(),
                0,
                Optional.of(architecture.info()),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty());
    }

    /** Reports what {@code scratch} collected that was not reported yet; true when it holds no error. */
    private boolean forward(Problems scratch) {
        scratch.diagnostics().forEach(this::report);
        return !scratch.hasErrors();
    }

    private void report(Diagnostic diagnostic) {
        if (reported.add(diagnostic.severity() + " " + diagnostic.span() + " " + diagnostic.message())) {
            problems.add(diagnostic);
        }
    }
}
