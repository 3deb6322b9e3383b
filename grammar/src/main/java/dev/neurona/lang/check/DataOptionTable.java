package dev.neurona.lang.check;

import dev.neurona.lang.check.value.Value;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.MissingPolicy;
import dev.neurona.runtime.data.Normalization;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Text;
import java.util.List;
import java.util.Optional;

/**
 * The options of a {@code data} block: {@code target}, {@code features}, {@code ignore},
 * {@code task}, {@code missing} (these say how to read a CSV file), and {@code normalize},
 * {@code scale}, {@code shuffle}, {@code limit}, {@code split} (how to prepare any data set),
 * and {@code stream}, {@code shuffle_buffer} (read a CSV file batch by batch; see {@link DataCheck}
 * for how they go with the rest).
 */
final class DataOptionTable {

    static final OptionTable<DataDraft> TABLE = new OptionTable<DataDraft>(
                    name -> Text.of("check.unknown.data_option", name))
            .add("target", DataOptionTable::target)
            .add("features", (args, draft, context) -> columns(args, draft, context, draft.features))
            .add("ignore", (args, draft, context) -> columns(args, draft, context, draft.ignore))
            .add("task", DataOptionTable::task)
            .add("normalize", DataOptionTable::normalize)
            .add("scale", DataOptionTable::scale)
            .add("missing", DataOptionTable::missing)
            .add("shuffle", DataOptionTable::shuffle)
            .add("limit", DataOptionTable::limit)
            .add("split", SplitOption::read)
            .add("stream", DataOptionTable::stream)
            .add("shuffle_buffer", DataOptionTable::shuffleBuffer);

    private static final Choices<Task> TASKS = new Choices<>(word -> Text.of("check.unknown.task", word));
    private static final Choices<Normalization> NORMALIZATIONS =
            new Choices<>(word -> Text.of("check.unknown.normalization", word));
    private static final Choices<MissingPolicy> MISSING = new Choices<>(word -> Text.of("check.unknown.missing", word));

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

    private DataOptionTable() {}

    private static void target(EntryArgs args, DataDraft draft, CheckContext context) {
        draft.readingOptions.put(args.name(), args.entry().name());
        args.one(Text.of("check.data.column"), context.problems())
                .flatMap(value -> column(value, context))
                .ifPresent(column -> {
                    draft.target = column;
                    draft.options.target(column.name());
                });
    }

    private static void columns(EntryArgs args, DataDraft draft, CheckContext context, List<ColumnName> into) {
        draft.readingOptions.put(args.name(), args.entry().name());
        if (args.positional().isEmpty()) {
            args.one(Text.of("check.data.columns"), context.problems());
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
        return context.expect()
                .name(value, Text.of("check.data.column"))
                .map(name -> new ColumnName(name, value.span()));
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
        args.one(Text.of("check.data.number"), context.problems())
                .flatMap(value -> context.expect().number(value, Text.of("check.data.number_after", "scale")))
                .ifPresent(num -> {
                    if (num.value() == 0 || !Double.isFinite(num.value())) {
                        context.problems().error(num.span(), Text.of("check.data.scale_zero", num.describe()));
                    } else {
                        draft.options.scale(num.value());
                    }
                });
    }

    private static void shuffle(EntryArgs args, DataDraft draft, CheckContext context) {
        if (args.isBare()) {
            draft.options.shuffle(true);
            draft.shuffleOn = args.entry().name();
            return;
        }
        args.one(Text.of("check.bool"), context.problems())
                .flatMap(value -> context.expect().bool(value, Text.of("check.bool_after", "shuffle")))
                .ifPresent(on -> {
                    draft.options.shuffle(on);
                    draft.shuffleOn = on ? args.entry().name() : null;
                });
    }

    private static void stream(EntryArgs args, DataDraft draft, CheckContext context) {
        if (args.isBare()) {
            draft.options.stream(true);
            draft.stream = args.entry().name();
            return;
        }
        args.one(Text.of("check.bool"), context.problems())
                .flatMap(value -> context.expect().bool(value, Text.of("check.bool_after", "stream")))
                .ifPresent(on -> {
                    draft.options.stream(on);
                    draft.stream = on ? args.entry().name() : null;
                });
    }

    private static void shuffleBuffer(EntryArgs args, DataDraft draft, CheckContext context) {
        draft.shuffleBuffer = args.entry().name();
        args.one(Text.of("check.data.rows"), context.problems()).ifPresent(value -> context.expect()
                .count(value, Text.of("check.data.rows_after", "shuffle_buffer"), Text.verbatim("shuffle_buffer"))
                .ifPresent(rows -> {
                    if (rows < 1 || rows > DataOptions.MAX_SHUFFLE_BUFFER) {
                        context.problems()
                                .error(
                                        value.span(),
                                        Text.of(
                                                "check.data.buffer_range",
                                                String.format(
                                                        java.util.Locale.ROOT, "%,d", DataOptions.MAX_SHUFFLE_BUFFER),
                                                value.describe()));
                    } else {
                        draft.options.shuffleBuffer(rows);
                    }
                }));
    }

    private static void limit(EntryArgs args, DataDraft draft, CheckContext context) {
        args.one(Text.of("check.data.rows"), context.problems()).ifPresent(value -> context.expect()
                .count(value, Text.of("check.data.rows_after", "limit"), Text.verbatim("limit"))
                .ifPresent(rows -> {
                    if (rows < 1) {
                        context.problems()
                                .error(value.span(), Text.of("check.range.at_least", "limit", "1", value.describe()));
                    } else {
                        draft.options.limit(rows);
                    }
                }));
    }
}
