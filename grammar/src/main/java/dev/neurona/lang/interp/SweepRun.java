package dev.neurona.lang.interp;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.train.EpochMetrics;
import org.jspecify.annotations.Nullable;

/**
 * One training run of one combination of a sweep.
 *
 * @param kept       the figures of the epoch whose weights the model keeps (the best epoch under
 *                   early stopping, else the last); null when the run diverged
 * @param epochs     the epochs run to the end
 * @param seconds    wall time of the run, building the model included
 * @param divergence why the run stopped, when its loss became NaN or infinite; else null
 * @param model      the trained model; null once it is no longer needed, and after a divergence
 */
record SweepRun(
        @Nullable EpochMetrics kept,
        int epochs,
        double seconds,
        @Nullable String divergence,
        @Nullable Model model) {

    static SweepRun diverged(String why, int epochs, double seconds) {
        return new SweepRun(null, epochs, seconds, why, null);
    }

    boolean isDiverged() {
        return divergence != null;
    }

    /** The figure of the kept epoch; NaN after a divergence. */
    double figure(Metric metric) {
        return isDiverged() || kept == null ? Double.NaN : kept.value(metric);
    }

    /** The same run without its model, so that the model can be collected. */
    SweepRun withoutModel() {
        return new SweepRun(kept, epochs, seconds, divergence, null);
    }
}
