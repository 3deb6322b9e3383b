package dev.neurona.runtime.train;

import dev.neurona.runtime.data.Batch;
import dev.neurona.runtime.data.StreamBatches;
import dev.neurona.runtime.data.StreamedDataset;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * The epochs of training on a streamed data set: each epoch reads the file again, through the
 * shuffle buffer (its draws seeded from the run's shuffle stream) or in file order when the spec
 * says {@code shuffle false}, and makes one update per batch, as {@link LocalEpochs} does on
 * loaded rows. With {@code shuffle false} the batches are exactly those of local training on
 * the same rows loaded, so the two give the same weights.
 */
final class StreamEpochs implements EpochRunner {
    private final BatchStepper stepper;
    private final StreamedDataset train;
    private final SplittableRandom shuffler;
    private final boolean shuffle;
    private final int batchSize;
    private final int batches;

    StreamEpochs(BatchStepper stepper, StreamedDataset train, SplittableRandom shuffler) {
        this.stepper = stepper;
        this.train = train;
        this.shuffler = shuffler;
        this.shuffle = stepper.spec().shuffle();
        int rows = train.rows();
        this.batchSize = Math.min(stepper.spec().batchSize(), rows);
        this.batches = (rows + batchSize - 1) / batchSize;
    }

    @Override
    public int batchesPerEpoch() {
        return batches;
    }

    @Override
    public EpochTotals runEpoch(int epoch, double lr, TrainingListener listener, BooleanSupplier stop) {
        SplittableRandom random = shuffle ? new SplittableRandom(shuffler.nextLong()) : null;
        boolean classification = train.schema().classCount() > 0;
        double lossSum = 0;
        long correct = 0;
        int seen = 0;
        int b = 0;
        try (StreamBatches epochBatches = train.batches(batchSize, random)) {
            while (epochBatches.hasNext()) {
                if (stop.getAsBoolean()) {
                    return new EpochTotals(lossSum, correct, seen, true);
                }
                Batch batch = epochBatches.next();
                int n = batch.rows();
                b++;
                double batchLoss = stepper.step(batch, lr);
                if (!Double.isFinite(batchLoss)) {
                    throw new DivergenceException(epoch, b, lr, batchLoss);
                }
                lossSum += batchLoss * n;
                seen += n;
                if (classification) {
                    correct += stepper.correctInLastBatch();
                }
                listener.onBatchEnd(
                        epoch, b, batches, seen, lossSum / seen, classification ? (double) correct / seen : Double.NaN);
            }
        }
        return new EpochTotals(lossSum, correct, seen, false);
    }
}
