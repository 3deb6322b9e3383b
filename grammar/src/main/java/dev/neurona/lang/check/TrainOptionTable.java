package dev.neurona.lang.check;

import static dev.neurona.lang.check.value.Signature.number;
import static dev.neurona.lang.check.value.Signature.whole;
import static dev.neurona.lang.check.value.Signature.word;

import dev.neurona.lang.ast.Preposition;
import dev.neurona.lang.check.value.Range;
import dev.neurona.lang.check.value.Signature;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.check.words.Losses;
import dev.neurona.lang.check.words.Metrics;
import dev.neurona.lang.check.words.Optimizers;
import dev.neurona.lang.check.words.Schedules;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.EarlyStopSpec;
import dev.neurona.runtime.spec.Metric;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * The options of a {@code train} block: {@code loss}, {@code optimizer}, {@code epochs},
 * {@code batch}, {@code validate}, {@code l1}, {@code l2}, {@code early_stop}, {@code schedule},
 * {@code clip_norm}, {@code shuffle}, {@code checkpoint}.
 */
final class TrainOptionTable {

    /** {@code early_stop(patience=5, monitor=val_loss, min_delta=0)}. */
    static final Signature EARLY_STOP = new Signature(
            "early_stop",
            List.of(
                    whole("patience", 5L, Range.atLeast(1)),
                    word("monitor", "val_loss"),
                    number("min_delta", 0.0, Range.nonNegative())));

    static final OptionTable<TrainDraft> TABLE = new OptionTable<TrainDraft>(
                    name -> Text.of("check.unknown.train_option", name))
            .add("loss", TrainOptionTable::loss)
            .add("optimizer", (args, draft, context) -> args.one(
                            Text.of("check.expected.optimizer"), context.problems())
                    .flatMap(value -> Optimizers.TABLE.read(value, context.expect()))
                    .ifPresent(draft.spec::optimizer))
            .add(
                    "epochs",
                    (args, draft, context) ->
                            count(args, context, Text.of("check.train.epochs"), n -> draft.spec.epochs(n)))
            .add(
                    "batch",
                    (args, draft, context) ->
                            count(args, context, Text.of("check.train.batch"), n -> draft.spec.batchSize(n)))
            .add("validate", TrainOptionTable::validate)
            .add("l1", (args, draft, context) -> penalty(args, context, draft.spec::l1))
            .add("l2", (args, draft, context) -> penalty(args, context, draft.spec::l2))
            .add("early_stop", TrainOptionTable::earlyStop)
            .add("schedule", (args, draft, context) -> args.one(Text.of("check.expected.schedule"), context.problems())
                    .flatMap(value -> Schedules.TABLE.read(value, context.expect()))
                    .ifPresent(draft.spec::schedule))
            .add("clip_norm", TrainOptionTable::clipNorm)
            .add("shuffle", TrainOptionTable::shuffle)
            .add("checkpoint", TrainOptionTable::checkpoint);

    private TrainOptionTable() {}

    private interface IntSetter {
        void set(int value);
    }

    private static void loss(EntryArgs args, TrainDraft draft, CheckContext context) {
        args.one(Text.of("check.expected.loss"), context.problems())
                .ifPresent(value -> Losses.TABLE.read(value, context.expect()).ifPresent(loss -> {
                    draft.loss = loss;
                    draft.lossSpan = value.span();
                    draft.spec.loss(loss);
                }));
    }

    /** A whole number of at least 1: {@code epochs 10}, {@code batch 64}. */
    private static void count(EntryArgs args, CheckContext context, Text expected, IntSetter setter) {
        args.one(expected, context.problems()).ifPresent(value -> context.expect()
                .count(value, Text.of("check.expected_after_phrase", expected, args.name()), Text.verbatim(args.name()))
                .ifPresent(n -> {
                    if (n < 1) {
                        context.problems()
                                .error(
                                        value.span(),
                                        Text.of("check.range.at_least", args.name(), "1", value.describe()));
                    } else {
                        setter.set(n);
                    }
                }));
    }

    private static void penalty(EntryArgs args, CheckContext context, DoubleConsumer setter) {
        bounded(args, context, Text.of("check.train.penalty"), Range.nonNegative())
                .ifPresent(setter::accept);
    }

    private static void clipNorm(EntryArgs args, TrainDraft draft, CheckContext context) {
        bounded(args, context, Text.of("check.train.clip_norm"), Range.positive())
                .ifPresent(draft.spec::clipNorm);
    }

    private static Optional<Double> bounded(EntryArgs args, CheckContext context, Text expected, Range range) {
        return args.one(expected, context.problems())
                .flatMap(value ->
                        context.expect().number(value, Text.of("check.expected_after_phrase", expected, args.name())))
                .flatMap(num -> {
                    Text violation = range.violation(num.value(), args.name(), num.describe());
                    if (violation != null) {
                        context.problems().error(num.span(), violation);
                        return Optional.empty();
                    }
                    return Optional.of(num.value());
                });
    }

    /** {@code validate on DATA} or {@code validate 10%}. */
    private static void validate(EntryArgs args, TrainDraft draft, CheckContext context) {
        draft.validates = true;
        Text expected = Text.of("check.train.validate");
        List<EntryArgs.Introduced> introduced = args.introduced();
        if (introduced.size() == 1
                && introduced.get(0).preposition() == Preposition.ON
                && args.positional().isEmpty()) {
            args.rejectNamed(context.problems());
            Value data = introduced.get(0).value();
            if (data instanceof Value.Word word) {
                context.scope().data(word.name(), context.problems()).ifPresent(ref -> draft.validation = ref);
            } else {
                context.expect().wrong(data, Text.of("check.train.validate_on"));
            }
            return;
        }
        if (!introduced.isEmpty()) {
            args.rejectIntroduced(context.problems());
            return;
        }
        args.one(expected, context.problems()).ifPresent(value -> {
            if (!(value instanceof Value.Num num && num.percent())) {
                context.expect().wrong(value, Text.of("check.expected_after_phrase", expected, "validate"));
                return;
            }
            Text violation = Range.openFraction().violation(num.value(), "validate", num.describe());
            if (violation != null) {
                context.problems().error(num.span(), violation);
            } else {
                draft.spec.validationFraction(num.value());
                draft.heldOut = num.span();
            }
        });
    }

    private static void earlyStop(EntryArgs args, TrainDraft draft, CheckContext context) {
        args.rejectIntroduced(context.problems());
        Optional<Signature.Bound> bound =
                EARLY_STOP.bind(args.positional(), args.named(), args.entry().span(), context.expect());
        if (bound.isEmpty()) {
            return;
        }
        Optional<Value> written = args.named().stream()
                .filter(n -> n.name().name().equals("monitor"))
                .map(Value.Named::value)
                .findFirst()
                .or(() -> args.positional().size() > 1
                        ? Optional.of(args.positional().get(1))
                        : Optional.empty());
        if (written.isPresent()) {
            Optional<Metric> monitor = Metrics.TABLE.read(written.get(), context.expect());
            if (monitor.isEmpty()) {
                return;
            }
            draft.monitor = monitor.get();
            draft.monitorSpan = written.get().span();
        }
        Signature.Bound values = bound.get();
        draft.spec.earlyStop(new EarlyStopSpec(
                (int) values.whole("patience"),
                draft.monitor != null ? draft.monitor : Metric.VAL_LOSS,
                values.number("min_delta")));
    }

    private static void shuffle(EntryArgs args, TrainDraft draft, CheckContext context) {
        if (args.isBare()) {
            draft.spec.shuffle(true);
            return;
        }
        args.one(Text.of("check.bool"), context.problems())
                .flatMap(value -> context.expect().bool(value, Text.of("check.bool_after", "shuffle")))
                .ifPresent(draft.spec::shuffle);
    }

    private static void checkpoint(EntryArgs args, TrainDraft draft, CheckContext context) {
        args.one(Text.of("check.train.checkpoint"), context.problems())
                .flatMap(value -> context.expect()
                        .text(
                                value,
                                Text.of("check.expected_after_phrase", Text.of("check.train.checkpoint"), "checkpoint"))
                        .flatMap(file -> OutputFile.check(file, value.span(), "best.nnm", context)))
                .ifPresent(file -> {
                    draft.checkpoint = file;
                    draft.spec.checkpoint(draft.checkpoint);
                });
    }
}
