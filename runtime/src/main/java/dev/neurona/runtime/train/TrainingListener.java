package dev.neurona.runtime.train;

/**
 * Hears what a training run does: progress displays and charts hang on this. Called on the
 * training thread; batch events carry primitives so that no object is made per batch.
 */
public interface TrainingListener {
    TrainingListener NONE = new TrainingListener() {};

    /**
     * Before {@link #onTrainBegin}, when training first ran its kernels on a scratch copy of the
     * network so that the JIT compiled them before the first epoch's clock starts (see
     * {@link Trainer}); not called when it did not. That time is in no epoch's seconds.
     *
     * @param steps   the updates made on the scratch copy
     * @param seconds how long it took
     */
    default void onWarmUp(int steps, double seconds) {}

    /** Before the first batch. */
    default void onTrainBegin(int epochs, int batchesPerEpoch, int trainRows, int validationRows) {}

    /**
     * After each batch's update.
     *
     * @param epoch       1-based
     * @param batch       1-based, out of {@code batches}
     * @param rowsDone    training rows seen so far this epoch
     * @param runningLoss mean loss over this epoch's batches so far
     * @param runningAcc  accuracy over this epoch's rows so far (NaN for regression)
     */
    default void onBatchEnd(int epoch, int batch, int batches, int rowsDone, double runningLoss, double runningAcc) {}

    /** After each epoch, validation included. */
    default void onEpochEnd(EpochMetrics metrics) {}

    /** Once, however training ended (finished, stopped early, interrupted). */
    default void onTrainEnd(TrainingResult result) {}

    /** This listener, then {@code next}, for every event; this one alone when {@code next} is {@link #NONE}. */
    default TrainingListener andThen(TrainingListener next) {
        if (next == NONE) {
            return this;
        }
        if (this == NONE) {
            return next;
        }
        return new ListenersInTurn(this, next);
    }
}
