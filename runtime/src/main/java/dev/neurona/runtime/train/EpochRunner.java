package dev.neurona.runtime.train;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Runs the batches of each epoch of one training run: {@link #LOCAL} in the calling thread, or
 * spread over workers by another engine. Everything around the batches — seeds, the held-out
 * split, validation, early stopping, checkpoints, history — is the {@link Trainer}'s, the same
 * for every runner.
 */
public interface EpochRunner extends AutoCloseable {
    /** Each epoch shuffles the rows (when the spec says so) and steps through them in batches, in this thread. */
    Factory LOCAL = LocalEpochs::new;

    /**
     * What a runner starts from.
     *
     * @param stepper  the update step, bound to the model's network and a fresh optimizer; the
     *                 runner leaves each epoch's weights in that network and state in that optimizer
     * @param train    the training rows (after any held-out split)
     * @param shuffler the run's stream for the per-epoch shuffles; its first draws are local
     *                 training's, so a runner that wants to match it uses it the same way
     * @param seed     the run's seed, for anything else the runner needs to draw
     */
    record Start(BatchStepper stepper, TrainSpec spec, Dataset train, SplittableRandom shuffler, long seed) {}

    /** Makes the runner of one training run. */
    @FunctionalInterface
    interface Factory {
        EpochRunner start(Start start);
    }

    /** The number of batches in an epoch, as listeners are told it. */
    int batchesPerEpoch();

    /**
     * Runs one epoch at learning rate {@code lr}, telling {@code listener} of its progress.
     *
     * @param epoch 1-based
     * @param stop  polled between batches; when true, returns at once with {@code interrupted} set
     *              and the weights of the last finished update
     * @throws DivergenceException when a batch's loss is NaN or infinite (the trainer then
     *                             restores the weights from the start of the epoch)
     */
    EpochTotals runEpoch(int epoch, double lr, TrainingListener listener, BooleanSupplier stop);

    /** Releases what the runner holds; called once when training ends, however it ends. */
    @Override
    default void close() {}
}
