package dev.neurona.runtime.train;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Shuffles;
import java.util.function.BooleanSupplier;

/** The epochs of local training: reshuffle the row order, then one update per batch, in order. */
final class LocalEpochs implements EpochRunner {
    private final Start start;
    private final int rows;
    private final int batchSize;
    private final int batches;
    private final int[] order;

    LocalEpochs(Start start) {
        this.start = start;
        this.rows = start.train().rows();
        this.batchSize = Math.min(start.spec().batchSize(), rows);
        this.batches = (rows + batchSize - 1) / batchSize;
        this.order = Shuffles.identity(rows);
    }

    @Override
    public int batchesPerEpoch() {
        return batches;
    }

    @Override
    public EpochTotals runEpoch(int epoch, double lr, TrainingListener listener, BooleanSupplier stop) {
        // The order carries over from epoch to epoch, each shuffle permuting the last one.
        if (start.spec().shuffle()) {
            Shuffles.shuffle(order, start.shuffler());
        }
        BatchStepper stepper = start.stepper();
        Dataset train = start.train();
        boolean classification = train.labels() != null;
        double lossSum = 0;
        long correct = 0;
        int seen = 0;
        for (int b = 0; b < batches; b++) {
            if (stop.getAsBoolean()) {
                return new EpochTotals(lossSum, correct, seen, true);
            }
            int from = b * batchSize;
            int n = Math.min(batchSize, rows - from);
            double batchLoss = stepper.step(train, order, from, n, lr);
            if (!Double.isFinite(batchLoss)) {
                throw new DivergenceException(epoch, b + 1, lr, batchLoss);
            }
            lossSum += batchLoss * n;
            seen += n;
            if (classification) {
                correct += stepper.correctInLastBatch();
            }
            listener.onBatchEnd(
                    epoch, b + 1, batches, seen, lossSum / seen, classification ? (double) correct / seen : Double.NaN);
        }
        return new EpochTotals(lossSum, correct, seen, false);
    }
}
