package dev.neurona.runtime.train;

import dev.neurona.runtime.spec.Metric;

/**
 * Follows one figure epoch by epoch and says when it improves by more than {@code minDelta},
 * and how many epochs have passed since it last did.
 */
final class BestEpochTracker {
    private final Metric metric;
    private final double minDelta;
    private double best = Double.NaN;
    private int bestEpoch;
    private int epochsWithoutImprovement;

    BestEpochTracker(Metric metric, double minDelta) {
        this.metric = metric;
        this.minDelta = minDelta;
    }

    /** The figure to watch: {@code preferred}, or its training counterpart without validation data. */
    static Metric available(Metric preferred, boolean hasValidation) {
        if (hasValidation || !preferred.needsValidation()) {
            return preferred;
        }
        return preferred == Metric.VAL_ACCURACY ? Metric.ACCURACY : Metric.LOSS;
    }

    /** Records an epoch; true when it is the best so far. */
    boolean record(EpochMetrics metrics) {
        double value = metrics.value(metric);
        boolean improved = !Double.isNaN(value)
                && (Double.isNaN(best)
                        || (metric.higherIsBetter() ? value > best + minDelta : value < best - minDelta));
        if (improved) {
            best = value;
            bestEpoch = metrics.epoch();
            epochsWithoutImprovement = 0;
        } else {
            epochsWithoutImprovement++;
        }
        return improved;
    }

    int epochsWithoutImprovement() {
        return epochsWithoutImprovement;
    }

    int bestEpoch() {
        return bestEpoch;
    }
}
