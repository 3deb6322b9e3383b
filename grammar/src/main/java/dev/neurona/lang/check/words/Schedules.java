package dev.neurona.lang.check.words;

import static dev.neurona.lang.check.value.Signature.number;
import static dev.neurona.lang.check.value.Signature.whole;

import dev.neurona.lang.check.value.Range;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.ScheduleSpec;

/**
 * Learning-rate schedules: {@code constant}, {@code step(every=N, factor=0.1)},
 * {@code exponential(rate=R)}, {@code cosine(min_lr=0)}. {@code every} and {@code rate} have no
 * default: there is no sensible one.
 */
public final class Schedules {

    public static final WordTable<ScheduleSpec> TABLE = new WordTable<ScheduleSpec>(
                    word -> Text.of("check.unknown.schedule", word), Text.of("check.expected.schedule"))
            .add("constant", args -> ScheduleSpec.CONSTANT)
            .add(
                    "step",
                    args -> ScheduleSpec.step((int) args.whole("every"), args.number("factor")),
                    whole("every", null, Range.atLeast(1)),
                    number("factor", 0.1, Range.positive()))
            .add(
                    "exponential",
                    args -> ScheduleSpec.exponential(args.number("rate")),
                    number("rate", null, Range.positive()))
            .add(
                    "cosine",
                    args -> ScheduleSpec.cosine(args.number("min_lr")),
                    number("min_lr", 0.0, Range.nonNegative()));

    private Schedules() {}
}
