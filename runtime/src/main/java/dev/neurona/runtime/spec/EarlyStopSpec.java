package dev.neurona.runtime.spec;

/**
 * Stop when {@code monitor} has not improved by more than {@code minDelta} for {@code patience}
 * epochs, then restore the weights of the best epoch.
 */
public record EarlyStopSpec(int patience, Metric monitor, double minDelta) {
    public EarlyStopSpec {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1, got " + patience);
        }
        if (monitor == null) {
            monitor = Metric.VAL_LOSS;
        }
        if (!(minDelta >= 0)) {
            throw new IllegalArgumentException("min_delta must not be negative, got " + minDelta);
        }
    }

    public EarlyStopSpec(int patience) {
        this(patience, Metric.VAL_LOSS, 0);
    }
}
