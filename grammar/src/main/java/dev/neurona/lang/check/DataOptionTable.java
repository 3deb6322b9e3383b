package dev.neurona.lang.check;

import dev.neurona.lang.ast.Arg;
import dev.neurona.lang.ast.Clause;
import dev.neurona.lang.ast.PositionalArg;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.lang.check.value.Numbers;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Value;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.MissingPolicy;
import dev.neurona.runtime.data.Normalization;
import dev.neurona.runtime.data.SplitPart;
import dev.neurona.runtime.data.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The options of a {@code data} block: {@code target}, {@code features}, {@code ignore},
 * {@code task}, {@code missing} (these say how to read a CSV file), and {@code normalize},
 * {@code scale}, {@code shuffle}, {@code limit}, {@code split} (how to prepare any data set).
 */
final class DataOptionTable {

    static final OptionTable<DataDraft> TABLE = new OptionTable<DataDraft>("data option")
            .add("target", DataOptionTable::target)
            .add("features", (args, draft, context) -> columns(args, draft, context, draft.features))
            .add("ignore", (args, draft, context) -> columns(args, draft, context, draft.ignore))
            .add("task", DataOptionTable::task)
            .add("normalize", DataOptionTable::normalize)
            .add("scale", DataOptionTable::scale)
            .add("missing", DataOptionTable::missing)
            .add("shuffle", DataOptionTable::shuffle)
            .add("limit", DataOptionTable::limit)
            .add("split", DataOptionTable::split);

    private static final Choices<Task> TASKS = new Choices<>("task");
    private static final Choices<Normalization> NORMALIZATIONS = new Choices<>("normalization");
    private static final Choices<MissingPolicy> MISSING = new Choices<>("missing-value policy");

    static {
        for (Task task : Task.values()) {
            TASKS.add(task.keyword(), task);
        }
        for (Normalization normalization : Normalization.values()) {
            NORMALIZATIONS.add(normalization.keyword(), normalization);
        }
        for (MissingPolicy policy : MissingPolicy.values()) {
            MISSING.add(policy.keyword(), policy);
        }
    }

    private DataOptionTable() {
    }

    private static void target(EntryArgs args, DataDraft draft, CheckContext context) {
        draft.readingOptions.put(args.name(), args.entry().name());
        args.one("a column name", context.problems())
                .flatMap(value -> column(value, context))
                .ifPresent(column -> {
                    draft.target = column;
                    draft.options.target(column.name());
                });
    }

    private static void columns(EntryArgs args, DataDraft draft, CheckContext context, List<ColumnName> into) {
        draft.readingOptions.put(args.name(), args.entry().name());
        if (args.positional().isEmpty()) {
            args.one("column names", context.problems());
            return;
        }
        args.rejectNamed(context.problems());
        args.rejectIntroduced(context.problems());
        for (Value value : args.positional()) {
            column(value, context).ifPresent(into::add);
        }
        List<String> names = into.stream().map(ColumnName::name).toList();
        if (args.name().equals("features")) {
            draft.options.features(names);
        } else {
            draft.options.ignore(names);
        }
    }

    private static Optional<ColumnName> column(Value value, CheckContext context) {
        return context.expect().name(value, "a column name").map(name -> new ColumnName(name, value.span()));
    }

    private static void task(EntryArgs args, DataDraft draft, CheckContext context) {
        draft.readingOptions.put(args.name(), args.entry().name());
        TASKS.read(args, context).ifPresent(draft.options::task);
    }

    private static void missing(EntryArgs args, DataDraft draft, CheckContext context) {
        draft.readingOptions.put(args.name(), args.entry().name());
        MISSING.read(args, context).ifPresent(draft.options::missing);
    }

    private static void normalize(EntryArgs args, DataDraft draft, CheckContext context) {
        NORMALIZATIONS.read(args, context).ifPresent(draft.options::normalize);
    }

    private static void scale(EntryArgs args, DataDraft draft, CheckContext context) {
        args.one("a number", context.problems())
                .flatMap(value -> context.expect().number(value, "a number after 'scale'"))
                .ifPresent(num -> {
                    if (num.value() == 0 || !Double.isFinite(num.value())) {
                        context.problems().error(num.span(), "scale must be a number other than 0, got " + num.describe());
                    } else {
                        draft.options.scale(num.value());
                    }
                });
    }

    private static void shuffle(EntryArgs args, DataDraft draft, CheckContext context) {
        if (args.isBare()) {
            draft.options.shuffle(true);
            return;
        }
        args.one("true or false", context.problems())
                .flatMap(value -> context.expect().bool(value, "true or false after 'shuffle'"))
                .ifPresent(draft.options::shuffle);
    }

    private static void limit(EntryArgs args, DataDraft draft, CheckContext context) {
        args.one("a number of rows", context.problems())
                .ifPresent(value -> context.expect()
                        .whole(value, "a number of rows after 'limit'", "limit")
                        .ifPresent(rows -> {
                            if (rows < 1 || rows > Integer.MAX_VALUE) {
                                context.problems().error(value.span(), "limit must be at least 1, got " + value.describe());
                            } else {
                                draft.options.limit(rows.intValue());
                            }
                        }));
    }

    /** {@code split train 80%, valid 10%, test 10%}: named shares that add up to 100%. */
    private static void split(EntryArgs args, DataDraft draft, CheckContext context) {
        Problems problems = context.problems();
        draft.splitFailed = true;
        if (args.entry().clauses().isEmpty()) {
            problems.error(args.afterName(), "expected parts with their shares after 'split', such as: split train 80%, test 20%");
            return;
        }
        int errorsBefore = problems.errorCount();
        Evaluator evaluator = context.evaluator();
        List<SplitPart> parts = new ArrayList<>();
        List<Value.Num> shares = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Clause clause : args.entry().clauses()) {
            part(clause, evaluator, context).ifPresent(part -> {
                if (!names.add(part.name)) {
                    problems.error(part.nameSpan, "split part '" + part.name + "' is named twice");
                } else {
                    parts.add(new SplitPart(part.name, part.share.value()));
                    shares.add(part.share);
                }
            });
        }
        if (problems.errorCount() > errorsBefore) {
            return;
        }
        draft.parts.addAll(parts.stream().map(SplitPart::name).toList());
        draft.splitFailed = !checkTotal(shares, args.entry().span(), problems);
        draft.options.split(parts);
    }

    private record Part(String name, SourceSpan nameSpan, Value.Num share) {
    }

    private static Optional<Part> part(Clause clause, Evaluator evaluator, CheckContext context) {
        Problems problems = context.problems();
        List<Value> values = new ArrayList<>();
        for (Arg arg : clause.args()) {
            if (!(arg instanceof PositionalArg positional)) {
                problems.error(arg.span(), "expected a part name and its share, such as train 80%");
                return Optional.empty();
            }
            values.add(evaluator.eval(positional.value()));
        }
        Optional<Value.Word> name = context.expect().word(values.get(0), "a part name, such as train");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String part = name.get().text();
        SourceSpan nameSpan = values.get(0).span();
        if (values.size() < 2) {
            problems.error(SourceSpan.point(nameSpan.endLine(), nameSpan.endColumn()),
                    "expected a share after the part name '" + part + "', such as " + part + " 80%");
            return Optional.empty();
        }
        if (values.size() > 2) {
            problems.error(values.get(2).span(), "too many values for split part '" + part + "'");
            return Optional.empty();
        }
        Value share = values.get(1);
        if (!(share instanceof Value.Num num && num.percent())) {
            return context.expect().wrong(share, "a percentage such as 80% after '" + part + "'");
        }
        if (!(num.value() > 0 && num.value() <= 1)) {
            problems.error(num.span(), "split part '" + part + "' must have a share above 0% and at most 100%, got "
                    + num.describe());
            return Optional.empty();
        }
        return Optional.of(new Part(part, nameSpan, num));
    }

    /** The shares must add up to 100%, exactly when they are written as literals; returns whether they do. */
    private static boolean checkTotal(List<Value.Num> shares, SourceSpan entry, Problems problems) {
        boolean exact = shares.stream().allMatch(share -> share.exact() != null);
        if (exact) {
            BigDecimal total = shares.stream().map(Value.Num::exact).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(BigDecimal.ONE) != 0) {
                problems.error(entry, "the split percentages add up to " + Numbers.percent(total) + ", not 100%");
                return false;
            }
            return true;
        }
        double total = shares.stream().mapToDouble(Value.Num::value).sum();
        if (Math.abs(total - 1) > DataOptions.SPLIT_TOLERANCE) {
            problems.error(entry, "the split percentages add up to " + Numbers.format(total * 100) + "%, not 100%");
            return false;
        }
        return true;
    }
}
