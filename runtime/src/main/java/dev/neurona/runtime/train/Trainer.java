package dev.neurona.runtime.train;

import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Splits;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.loss.Loss;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.spec.EarlyStopSpec;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Minibatch training of a network: per epoch, reshuffle, then for each batch forward, loss,
 * backward, penalties, clipping and one optimizer step ({@link BatchStepper}); then validation,
 * early stopping and checkpoints. Every buffer is made once and reused, so a batch allocates
 * nothing. Where the batches run is an {@link EpochRunner}'s business: in this thread by default.
 *
 * <p>One seed drives the held-out split, the shuffles and the dropout masks; the matmuls split
 * their output, never a sum, over threads, so the same seed gives bit-identical weights whatever
 * the thread count. Training continues from the network's current weights with a fresh optimizer.
 *
 * <p>Before the first epoch of loaded data trained in this process, a training long enough to
 * repay it first runs its kernels on a scratch copy of the network ({@link KernelWarmUp}), so that
 * the first epoch runs compiled code; listeners hear of it ({@link TrainingListener#onWarmUp})
 * and its time is in no epoch's. It changes no bit of what training learns.
 */
public final class Trainer {
    private final Network network;
    private final TrainSpec spec;
    private final BatchStepper stepper;

    public Trainer(Network network, TrainSpec spec) {
        this.network = network;
        this.spec = spec;
        this.stepper = new BatchStepper(network, spec);
    }

    public Loss loss() {
        return stepper.loss();
    }

    /**
     * Trains on {@code train}, validating on {@code validation} (or on a held-out part of
     * {@code train} when the spec asks for one; or not at all), and returns the run's epochs.
     *
     * @param cancelled polled between batches; when true, training stops with the weights of the
     *                  last finished batch (so does an interrupt of the calling thread)
     * @throws DivergenceException when the loss becomes NaN or infinite; the weights are then
     *                             those from the start of that epoch
     */
    public TrainingResult fit(
            Dataset train,
            @Nullable Dataset validation,
            long seed,
            TrainingListener listener,
            Checkpoint checkpoint,
            BooleanSupplier cancelled) {
        return fit(train, validation, seed, listener, checkpoint, cancelled, EpochRunner.LOCAL);
    }

    /**
     * As {@link #fit(Dataset, Dataset, long, TrainingListener, Checkpoint, BooleanSupplier)}, with
     * each epoch's batches run by a runner from {@code runners}; everything else (seeds, held-out
     * split, validation, early stopping, checkpoints, the result) is the same for every runner.
     */
    public TrainingResult fit(
            Dataset train,
            @Nullable Dataset validation,
            long seed,
            TrainingListener listener,
            Checkpoint checkpoint,
            BooleanSupplier cancelled,
            EpochRunner.Factory runners) {
        SplittableRandom seeds = new SplittableRandom(seed);
        long holdoutSeed = seeds.nextLong();
        SplittableRandom shuffler = seeds.split();
        network.reseedNoise(seeds.nextLong());
        if (validation == null && spec.validationFraction() > 0) {
            Splits.Holdout holdout = Splits.stratifiedHoldout(train, spec.validationFraction(), holdoutSeed);
            train = holdout.train();
            validation = holdout.holdout();
        }
        requireFits(train);
        if (validation != null) {
            requireFits(validation);
        }
        Dataset validating = validation; // effectively final, for the lambda
        DatasetScorer scorer = new DatasetScorer(network, stepper.loss());
        if (runners == EpochRunner.LOCAL && KernelWarmUp.worthIt(network.spec(), train.rows())) {
            KernelWarmUp.Outcome warm = KernelWarmUp.run(network, spec, train);
            listener.onWarmUp(warm.steps(), warm.seconds());
        }
        try (EpochRunner runner = runners.start(new EpochRunner.Start(stepper, spec, train, shuffler, seed))) {
            return run(
                    runner,
                    train.labels() != null,
                    train.rows(),
                    validation == null ? 0 : validation.rows(),
                    validating == null ? null : () -> scorer.score(validating),
                    listener,
                    checkpoint,
                    () -> cancelled.getAsBoolean() || Thread.currentThread().isInterrupted());
        }
    }

    /**
     * As {@link #fit(Dataset, Dataset, long, TrainingListener, Checkpoint, BooleanSupplier)}, on
     * data sets read from their files batch by batch: every epoch reads {@code train} again through
     * its shuffle buffer (or in file order with {@code shuffle false}), and each validation reads
     * {@code validation} once. Seeds, early stopping and checkpoints are as for loaded data.
     *
     * @throws DataException when the spec holds out a share for validation, which a stream cannot
     *                       set aside, or a row cannot be read (training stops; the weights are
     *                       those from the start of that epoch)
     */
    public TrainingResult fit(
            StreamedDataset train,
            @Nullable StreamedDataset validation,
            long seed,
            TrainingListener listener,
            Checkpoint checkpoint,
            BooleanSupplier cancelled) {
        SplittableRandom seeds = new SplittableRandom(seed);
        seeds.nextLong();
        SplittableRandom shuffler = seeds.split();
        network.reseedNoise(seeds.nextLong());
        if (validation == null && spec.validationFraction() > 0) {
            throw new DataException(Text.of("train.streamed_holdout", train.name()));
        }
        requireWidth(train.name(), train.width());
        if (validation != null) {
            requireWidth(validation.name(), validation.width());
        }
        DatasetScorer scorer = new DatasetScorer(network, stepper.loss());
        try (EpochRunner runner = new StreamEpochs(stepper, train, shuffler)) {
            return run(
                    runner,
                    train.task() == Task.CLASSIFICATION,
                    train.rows(),
                    validation == null ? 0 : validation.rows(),
                    validation == null ? null : () -> scorer.score(validation),
                    listener,
                    checkpoint,
                    () -> cancelled.getAsBoolean() || Thread.currentThread().isInterrupted());
        }
    }

    private TrainingResult run(
            EpochRunner runner,
            boolean classification,
            int trainRows,
            int validationRows,
            @Nullable Supplier<DatasetScorer.Score> validation,
            TrainingListener listener,
            Checkpoint checkpoint,
            BooleanSupplier stop) {
        EarlyStopSpec early = spec.earlyStop();
        Metric monitor =
                BestEpochTracker.available(early != null ? early.monitor() : Metric.VAL_LOSS, validation != null);
        BestEpochTracker tracker = new BestEpochTracker(monitor, early != null ? early.minDelta() : 0);
        float[][] bestWeights = early != null ? network.copyWeights() : null;
        float[][] epochStart = network.copyWeights();
        listener.onTrainBegin(spec.epochs(), runner.batchesPerEpoch(), trainRows, validationRows);
        List<EpochMetrics> epochs = new ArrayList<>();
        boolean interrupted = false;
        boolean stoppedEarly = false;
        for (int epoch = 0; epoch < spec.epochs() && !interrupted && !stoppedEarly; epoch++) {
            long started = System.nanoTime();
            double lr = spec.schedule().rate(spec.optimizer().lr(), epoch, spec.epochs());
            network.copyWeightsInto(epochStart);
            EpochTotals totals;
            try {
                totals = runner.runEpoch(epoch + 1, lr, listener, stop);
            } catch (DivergenceException | DataException e) {
                network.setWeights(epochStart);
                throw e;
            }
            if (totals.interrupted()) {
                interrupted = true;
                break;
            }
            double valLoss = Double.NaN;
            double valAcc = Double.NaN;
            if (validation != null) {
                DatasetScorer.Score score = validation.get();
                valLoss = score.loss() + stepper.penalty();
                valAcc = score.accuracy();
            }
            int seen = totals.seen();
            EpochMetrics metrics = new EpochMetrics(
                    epoch + 1,
                    spec.epochs(),
                    totals.lossSum() / seen,
                    classification ? (double) totals.correct() / seen : Double.NaN,
                    valLoss,
                    valAcc,
                    lr,
                    (System.nanoTime() - started) / 1e9);
            epochs.add(metrics);
            listener.onEpochEnd(metrics);
            if (tracker.record(metrics)) {
                if (bestWeights != null) {
                    network.copyWeightsInto(bestWeights);
                }
                checkpoint.onBest(metrics);
            }
            stoppedEarly = early != null
                    && tracker.epochsWithoutImprovement() >= early.patience()
                    && epoch + 1 < spec.epochs();
        }
        int bestEpoch = epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
        if (bestWeights != null && !interrupted && tracker.bestEpoch() > 0) {
            network.setWeights(bestWeights);
            bestEpoch = tracker.bestEpoch();
        }
        TrainingResult result = new TrainingResult(epochs, bestEpoch, stoppedEarly, interrupted);
        listener.onTrainEnd(result);
        return result;
    }

    private void requireFits(Dataset data) {
        requireWidth(data.name(), data.width());
    }

    private void requireWidth(String name, int width) {
        if (width != network.inputWidth()) {
            throw new IllegalArgumentException("the model expects " + network.inputWidth() + " inputs, but '" + name
                    + "' has " + width + " features");
        }
    }
}
