package dev.neurona.lang.check;

import dev.neurona.lang.ast.Arg;
import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.ListLit;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.NamedArg;
import dev.neurona.lang.ast.PositionalArg;
import dev.neurona.lang.ast.Preposition;
import dev.neurona.lang.ast.PrepositionArg;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.check.words.Metrics;
import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.runtime.spec.Metric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the lines of a sweep block: {@code vary NAME in [VALUES]}, {@code select [max|min] FIGURE},
 * {@code repeat N} and {@code parallel true|false} are the sweep's own; every other line must be
 * a train option, and is kept to be read as a train block's line. {@code checkpoint} has no
 * meaning in a sweep (every combination would write the same file).
 */
final class SweepLines {

    static final List<String> OWN = List.of("vary", "select", "repeat", "parallel");

    private final CheckContext context;
    private final Problems problems;
    private final SweepDraft draft = new SweepDraft();

    private SweepLines(CheckContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    static SweepDraft read(Block block, CheckContext context) {
        SweepLines lines = new SweepLines(context);
        lines.readAll(block);
        return lines.draft;
    }

    private void readAll(Block block) {
        Map<String, Integer> seen = new HashMap<>();
        for (Entry entry : block.entries()) {
            String name = entry.name().name();
            if (!name.equals("vary") && OWN.contains(name) && seen.containsKey(name)) {
                problems.error(
                        entry.name().span(),
                        "option '" + name + "' is given twice; the first is on line " + seen.get(name));
                continue;
            }
            seen.putIfAbsent(name, entry.span().line());
            switch (name) {
                case "vary" -> vary(entry);
                case "select" -> select(EntryArgs.of(entry, context.evaluator()));
                case "repeat" -> repeat(EntryArgs.of(entry, context.evaluator()));
                case "parallel" -> parallel(EntryArgs.of(entry, context.evaluator()));
                case "checkpoint" ->
                    problems.error(
                            entry.name().span(),
                            "a sweep cannot write checkpoints, since every" + " combination would write the same file",
                            "save the best model after the sweep, such as: save " + "NAME to \"best.nnm\"");
                default -> {
                    if (TrainOptionTable.TABLE.options().contains(name)) {
                        draft.trainOptions.add(entry);
                    } else {
                        Set<String> known = new LinkedHashSet<>(OWN);
                        known.addAll(TrainOptionTable.TABLE.options());
                        known.remove("checkpoint");
                        problems.unknown("sweep option", name, entry.name().span(), known);
                    }
                }
            }
        }
    }

    /** {@code vary NAME in [V1, V2, ...]}. */
    private void vary(Entry entry) {
        Identifier what = null;
        ListLit list = null;
        SourceSpan after = CheckContext.after(entry.name());
        for (Arg arg : entry.args()) {
            if (what == null && list == null && arg instanceof PositionalArg positional) {
                if (positional.value() instanceof NameRef name && !name.isDotted()) {
                    what = name.head();
                    after = CheckContext.after(what);
                } else {
                    problems.error(
                            arg.span(),
                            "expected what to vary after 'vary', such as a template parameter, lr or" + " batch, found "
                                    + context.evaluator()
                                            .eval(positional.value())
                                            .describe());
                    return;
                }
            } else if (what != null
                    && list == null
                    && arg instanceof PrepositionArg in
                    && in.preposition() == Preposition.IN) {
                if (!(in.value() instanceof ListLit values)) {
                    problems.error(
                            in.value().span(),
                            "expected a list of values such as [32, 64] after 'in', found "
                                    + context.evaluator().eval(in.value()).describe());
                    return;
                }
                list = values;
            } else {
                problems.error(
                        arg.span(), "unexpected " + describe(arg) + " in 'vary'; write it as: vary NAME in [VALUES]");
                return;
            }
        }
        if (what == null) {
            problems.error(after, "expected what to vary after 'vary', such as: vary lr in [0.01, 0.001]");
            return;
        }
        if (list == null) {
            problems.error(
                    after,
                    "expected 'in' and a list of values after 'vary " + what.name() + "', such as: vary " + what.name()
                            + " in [1, 2]");
            return;
        }
        if (list.elements().isEmpty()) {
            problems.error(list.span(), "'vary " + what.name() + "' needs at least one value");
            return;
        }
        List<Value> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Expr element : list.elements()) {
            Value value = context.evaluator().eval(element);
            String label = ValueText.of(value);
            if (labels.contains(label)) {
                problems.warning(
                        element.span(),
                        "'vary " + what.name() + "' lists " + label + " twice, so those"
                                + " combinations are trained twice");
            }
            values.add(value);
            labels.add(label);
        }
        draft.vary.add(new VaryLine(what, list.elements(), values, labels));
    }

    private String describe(Arg arg) {
        if (arg instanceof PrepositionArg prep) {
            return "'" + prep.preposition().word() + "'";
        } else if (arg instanceof PositionalArg positional) {
            return context.evaluator().eval(positional.value()).describe();
        }
        return "'" + ((NamedArg) arg).name().name() + "='";
    }

    /** {@code select val_accuracy}, {@code select max val_accuracy}, {@code select min val_loss}. */
    private void select(EntryArgs args) {
        args.rejectNamed(problems);
        args.rejectIntroduced(problems);
        List<Value> values = args.positional();
        if (values.isEmpty()) {
            if (args.named().isEmpty() && args.introduced().isEmpty()) {
                problems.error(args.afterName(), "expected a figure after 'select', such as: select max val_accuracy");
            }
            return;
        }
        args.rejectPositional(2, problems);
        Optional<Boolean> higher = Optional.empty();
        Value figure = values.get(values.size() == 1 ? 0 : 1);
        if (values.size() > 1) {
            Optional<Value.Word> direction = context.expect().word(values.get(0), "max or min");
            if (direction.isEmpty()) {
                return;
            }
            String word = direction.get().text();
            if (!word.equals("max") && !word.equals("min")) {
                problems.unknown("direction", word, direction.get().span(), List.of("max", "min"));
                return;
            }
            higher = Optional.of(word.equals("max"));
        }
        Optional<Metric> metric = Metrics.TABLE.read(figure, context.expect());
        if (metric.isEmpty()) {
            return;
        }
        if (!metric.get().needsValidation()) {
            Metric validated = metric.get() == Metric.LOSS ? Metric.VAL_LOSS : Metric.VAL_ACCURACY;
            problems.error(
                    figure.span(),
                    "a sweep selects on the validation data, since the training data rewards"
                            + " overfitting; did you mean '" + validated.keyword() + "'?");
            return;
        }
        if (higher.isPresent() && higher.get() != metric.get().higherIsBetter()) {
            String right = metric.get().higherIsBetter() ? "max" : "min";
            problems.error(
                    values.get(0).span(),
                    metric.get().keyword() + " is better when " + (metric.get().higherIsBetter() ? "higher" : "lower")
                            + ", so select it with '" + right + "'");
            return;
        }
        draft.select = metric.get();
        draft.selectSpan = figure.span();
    }

    /** {@code repeat N}: each combination trained N times with other seeds. */
    private void repeat(EntryArgs args) {
        args.one("a number of runs per combination", problems).ifPresent(value -> context.expect()
                .whole(value, "a number of runs per combination after 'repeat'", "repeat")
                .ifPresent(n -> {
                    if (n < 1 || n > Integer.MAX_VALUE) {
                        problems.error(value.span(), "repeat must be at least 1, got " + value.describe());
                    } else {
                        draft.repeat = n.intValue();
                    }
                }));
    }

    /** {@code parallel true|false}: whether combinations may train side by side. */
    private void parallel(EntryArgs args) {
        args.one("true or false", problems)
                .flatMap(value -> context.expect().bool(value, "true or false after 'parallel'"))
                .ifPresent(on -> draft.parallel = on ? SweepPlan.Parallel.ALWAYS : SweepPlan.Parallel.NEVER);
    }
}
