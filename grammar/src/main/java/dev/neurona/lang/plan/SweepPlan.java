package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.spec.Metric;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@code sweep NAME = TEMPLATE on DATA { OPTIONS } [to "results.csv"]}: train every combination
 * of the {@code vary} lines, {@code repeat} times each with different seeds, rank them by the
 * {@code select} figure on the validation data, and bind NAME to the best trained model.
 *
 * @param template     the model the sweep starts from, for messages
 * @param validation   the data set named by {@code validate on}, if any ({@code validate P%} is
 *                     each combination's spec's validation fraction)
 * @param axes         the {@code vary} lines in order; the last one changes fastest
 * @param combinations every combination of the axes' values, in that order
 * @param select       the figure ranked on; lower is better unless {@link Metric#higherIsBetter()}
 * @param repeat       how many times each combination is trained, each time with other seeds
 * @param output       where the table is written as CSV, if anywhere
 */
public record SweepPlan(
        String name,
        String template,
        String data,
        Optional<String> validation,
        List<SweepAxis> axes,
        List<SweepCombination> combinations,
        Metric select,
        int repeat,
        Parallel parallel,
        Optional<Path> output,
        SourceSpan where)
        implements Plan {

    /** Whether combinations train side by side: as {@code parallel true}, {@code parallel false}, or decided when run. */
    public enum Parallel {
        AUTO,
        ALWAYS,
        NEVER
    }

    public SweepPlan {
        axes = List.copyOf(axes);
        combinations = List.copyOf(combinations);
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1, got " + repeat);
        }
    }

    /** The label of combination {@code c}'s value on every axis, in axis order. */
    public List<String> labels(int c) {
        SweepCombination combination = combinations.get(c);
        return IntStream.range(0, axes.size())
                .mapToObj(a -> axes.get(a).labels().get(combination.choices().get(a)))
                .toList();
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitSweep(this);
    }
}
