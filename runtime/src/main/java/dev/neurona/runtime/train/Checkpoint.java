package dev.neurona.runtime.train;

/** Told when an epoch is the best so far, so the model can be saved as training goes. */
@FunctionalInterface
public interface Checkpoint {
    Checkpoint NONE = metrics -> {};

    void onBest(EpochMetrics metrics);
}
