package dev.neurona.lang.interp;

import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;

/** Two listeners heard in turn: the epoch printer, then an observer's. */
record BothListeners(TrainingListener first, TrainingListener second) implements TrainingListener {

    /** {@code first} alone when {@code second} is {@link TrainingListener#NONE}. */
    static TrainingListener of(TrainingListener first, TrainingListener second) {
        return second == TrainingListener.NONE ? first : new BothListeners(first, second);
    }

    @Override
    public void onTrainBegin(int epochs, int batchesPerEpoch, int trainRows, int validationRows) {
        first.onTrainBegin(epochs, batchesPerEpoch, trainRows, validationRows);
        second.onTrainBegin(epochs, batchesPerEpoch, trainRows, validationRows);
    }

    @Override
    public void onBatchEnd(int epoch, int batch, int batches, int rowsDone, double runningLoss, double runningAcc) {
        first.onBatchEnd(epoch, batch, batches, rowsDone, runningLoss, runningAcc);
        second.onBatchEnd(epoch, batch, batches, rowsDone, runningLoss, runningAcc);
    }

    @Override
    public void onEpochEnd(EpochMetrics metrics) {
        first.onEpochEnd(metrics);
        second.onEpochEnd(metrics);
    }

    @Override
    public void onTrainEnd(TrainingResult result) {
        first.onTrainEnd(result);
        second.onTrainEnd(result);
    }
}
