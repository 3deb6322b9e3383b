package dev.neurona.lang.interp;

import dev.neurona.runtime.spec.Metric;
import java.util.Comparator;
import java.util.List;

/**
 * One finished combination of a sweep: its values, and its runs (one per seed, in seed order),
 * whose figures it reports as mean and standard deviation.
 *
 * @param combination its index among the sweep's combinations
 * @param labels      its value on each axis, as written
 */
record SweepRow(int combination, List<String> labels, List<SweepRun> runs) {

    SweepRow {
        labels = List.copyOf(labels);
        runs = List.copyOf(runs);
    }

    /**
     * Best first by the mean of {@code select}; equal means by the other validation figure (so
     * that of two combinations with the same accuracy, the one with the lower loss wins); then in
     * combination order. A diverged combination comes last.
     */
    static Comparator<SweepRow> ranking(Metric select) {
        Metric other = other(select);
        return Comparator.comparing(SweepRow::isDiverged)
                .thenComparingDouble(row -> badness(row.figure(select).mean(), select))
                .thenComparingDouble(row -> badness(row.figure(other).mean(), other))
                .thenComparingInt(SweepRow::combination);
    }

    /** Whether any of its runs diverged: then it has no figures, and is never the best. */
    boolean isDiverged() {
        return runs.stream().anyMatch(SweepRun::isDiverged);
    }

    /** The mean and spread of a figure over the runs; NaN for a diverged combination. */
    Spread figure(Metric metric) {
        if (isDiverged()) {
            return new Spread(Double.NaN, Double.NaN);
        }
        return Spread.of(runs.stream().mapToDouble(run -> run.figure(metric)).toArray());
    }

    int fewestEpochs() {
        return runs.stream().mapToInt(SweepRun::epochs).min().orElse(0);
    }

    int mostEpochs() {
        return runs.stream().mapToInt(SweepRun::epochs).max().orElse(0);
    }

    double meanEpochs() {
        return runs.stream().mapToInt(SweepRun::epochs).average().orElse(0);
    }

    /** The time of all its runs together. */
    double seconds() {
        return runs.stream().mapToDouble(SweepRun::seconds).sum();
    }

    /** The index of its best run by {@code select}, then by the other validation figure; the first of equals. */
    int bestRun(Metric select) {
        Comparator<SweepRun> order = Comparator.comparingDouble((SweepRun run) -> badness(run.figure(select), select))
                .thenComparingDouble(run -> badness(run.figure(other(select)), other(select)));
        int best = 0;
        for (int r = 1; r < runs.size(); r++) {
            if (order.compare(runs.get(r), runs.get(best)) < 0) {
                best = r;
            }
        }
        return best;
    }

    /** The validation figure that breaks ties of {@code select}. */
    private static Metric other(Metric select) {
        return select == Metric.VAL_ACCURACY ? Metric.VAL_LOSS : Metric.VAL_ACCURACY;
    }

    /** A figure turned so that smaller is better, NaN worst of all. */
    private static double badness(double figure, Metric select) {
        if (Double.isNaN(figure)) {
            return Double.POSITIVE_INFINITY;
        }
        return select.higherIsBetter() ? -figure : figure;
    }
}
