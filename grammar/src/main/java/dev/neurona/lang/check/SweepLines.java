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
import dev.neurona.runtime.i18n.Text;
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
                        entry.name().span(), Text.of("check.option_twice", name, String.valueOf(seen.get(name))));
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
                            Text.of("check.sweep.checkpoint"),
                            Text.of("check.sweep.checkpoint.help"));
                default -> {
                    if (TrainOptionTable.TABLE.options().contains(name)) {
                        draft.trainOptions.add(entry);
                    } else {
                        Set<String> known = new LinkedHashSet<>(OWN);
                        known.addAll(TrainOptionTable.TABLE.options());
                        known.remove("checkpoint");
                        problems.unknown(
                                Text.of("check.unknown.sweep_option", name),
                                name,
                                entry.name().span(),
                                known);
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
                            Text.of(
                                    "check.vary.what_found",
                                    context.evaluator().eval(positional.value()).describe()));
                    return;
                }
            } else if (what != null
                    && list == null
                    && arg instanceof PrepositionArg in
                    && in.preposition() == Preposition.IN) {
                if (!(in.value() instanceof ListLit values)) {
                    problems.error(
                            in.value().span(),
                            Text.of(
                                    "check.vary.list_found",
                                    context.evaluator().eval(in.value()).describe()));
                    return;
                }
                list = values;
            } else {
                problems.error(arg.span(), Text.of("check.vary.unexpected", describe(arg)));
                return;
            }
        }
        if (what == null) {
            problems.error(after, Text.of("check.vary.what"));
            return;
        }
        if (list == null) {
            problems.error(after, Text.of("check.vary.in", what.name()));
            return;
        }
        if (list.elements().isEmpty()) {
            problems.error(list.span(), Text.of("check.vary.empty", what.name()));
            return;
        }
        List<Value> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Expr element : list.elements()) {
            Value value = context.evaluator().eval(element);
            String label = ValueText.of(value);
            if (labels.contains(label)) {
                problems.warning(element.span(), Text.of("check.vary.twice", what.name(), label));
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
                problems.error(args.afterName(), Text.of("check.select.expected"));
            }
            return;
        }
        args.rejectPositional(2, problems);
        Optional<Boolean> higher = Optional.empty();
        Value figure = values.get(values.size() == 1 ? 0 : 1);
        if (values.size() > 1) {
            Optional<Value.Word> direction = context.expect().word(values.get(0), Text.of("check.select.max_or_min"));
            if (direction.isEmpty()) {
                return;
            }
            String word = direction.get().text();
            if (!word.equals("max") && !word.equals("min")) {
                problems.unknown(
                        Text.of("check.unknown.direction", word),
                        word,
                        direction.get().span(),
                        List.of("max", "min"));
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
            problems.error(figure.span(), Text.of("check.select.validation", validated.keyword()));
            return;
        }
        if (higher.isPresent() && higher.get() != metric.get().higherIsBetter()) {
            String right = metric.get().higherIsBetter() ? "max" : "min";
            problems.error(
                    values.get(0).span(),
                    metric.get().higherIsBetter()
                            ? Text.of("check.select.higher", metric.get().keyword(), right)
                            : Text.of("check.select.lower", metric.get().keyword(), right));
            return;
        }
        draft.select = metric.get();
        draft.selectSpan = figure.span();
    }

    /** {@code repeat N}: each combination trained N times with other seeds. */
    private void repeat(EntryArgs args) {
        args.one(Text.of("check.repeat.runs"), problems).ifPresent(value -> context.expect()
                .whole(
                        value,
                        Text.of("check.expected_after_phrase", Text.of("check.repeat.runs"), "repeat"),
                        Text.verbatim("repeat"))
                .ifPresent(n -> {
                    if (n < 1 || n > Integer.MAX_VALUE) {
                        problems.error(value.span(), Text.of("check.range.at_least", "repeat", "1", value.describe()));
                    } else {
                        draft.repeat = n.intValue();
                    }
                }));
    }

    /** {@code parallel true|false}: whether combinations may train side by side. */
    private void parallel(EntryArgs args) {
        args.one(Text.of("check.bool"), problems)
                .flatMap(value -> context.expect().bool(value, Text.of("check.bool_after", "parallel")))
                .ifPresent(on -> draft.parallel = on ? SweepPlan.Parallel.ALWAYS : SweepPlan.Parallel.NEVER);
    }
}
