package dev.neurona.runtime.train;

/** Two listeners heard in turn, see {@link TrainingListener#andThen}. */
record ListenersInTurn(TrainingListener first, TrainingListener second) implements TrainingListener {

    @Override
    public void onWarmUp(int steps, double seconds) {
        first.onWarmUp(steps, seconds);
        second.onWarmUp(steps, seconds);
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
