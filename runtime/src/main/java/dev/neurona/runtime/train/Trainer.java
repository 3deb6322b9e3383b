package dev.neurona.runtime.train;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Splits;
import dev.neurona.runtime.loss.Loss;
import dev.neurona.runtime.loss.Targets;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.optim.GradientClipping;
import dev.neurona.runtime.optim.Optimizer;
import dev.neurona.runtime.optim.Param;
import dev.neurona.runtime.optim.Penalties;
import dev.neurona.runtime.spec.EarlyStopSpec;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.spec.TrainSpec;
import org.ejml.data.FMatrixRMaj;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Minibatch training of a network: per epoch, reshuffle, then for each batch forward, loss,
 * backward, penalties, clipping and one optimizer step; then validation, early stopping and
 * checkpoints. Every buffer is made once and reused, so a batch allocates nothing.
 *
 * <p>One seed drives the held-out split, the shuffles and the dropout masks; the matmuls split
 * their output, never a sum, over threads, so the same seed gives bit-identical weights whatever
 * the thread count. Training continues from the network's current weights with a fresh optimizer.
 */
public final class Trainer {
    private final Network network;
    private final TrainSpec spec;
    private final Loss loss;
    private final List<Param> params;
    private final Optimizer optimizer;
    private final Targets targets;
    private final FMatrixRMaj batchInput = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradient = new FMatrixRMaj(1, 1);
    private FMatrixRMaj lastOutput;

    public Trainer(Network network, TrainSpec spec) {
        this.network = network;
        this.spec = spec;
        this.loss = Loss.create(spec.lossFor(network.spec()), network.outputActivation().kind());
        this.params = network.params();
        this.optimizer = Optimizer.create(spec.optimizer(), params);
        this.targets = new Targets(network.outputWidth());
    }

    public Loss loss() {
        return loss;
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
    public TrainingResult fit(Dataset train, Dataset validation, long seed, TrainingListener listener,
                              Checkpoint checkpoint, BooleanSupplier cancelled) {
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
        if (validation != null) requireFits(validation);

        int rows = train.rows();
        int batchSize = Math.min(spec.batchSize(), rows);
        int batches = (rows + batchSize - 1) / batchSize;
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) order[i] = i;

        EarlyStopSpec early = spec.earlyStop();
        Metric monitor = BestEpochTracker.available(early != null ? early.monitor() : Metric.VAL_LOSS, validation != null);
        BestEpochTracker tracker = new BestEpochTracker(monitor, early != null ? early.minDelta() : 0);
        float[][] bestWeights = early != null ? network.copyWeights() : null;
        float[][] epochStart = network.copyWeights();
        DatasetScorer scorer = new DatasetScorer(network, loss);
        boolean classification = train.labels() != null;

        listener.onTrainBegin(spec.epochs(), batches, rows, validation == null ? 0 : validation.rows());
        List<EpochMetrics> epochs = new ArrayList<>();
        boolean interrupted = false;
        boolean stoppedEarly = false;
        for (int epoch = 0; epoch < spec.epochs() && !interrupted && !stoppedEarly; epoch++) {
            long started = System.nanoTime();
            double lr = spec.schedule().rate(spec.optimizer().lr(), epoch, spec.epochs());
            if (spec.shuffle()) shuffle(order, shuffler);
            network.copyWeightsInto(epochStart);
            double lossSum = 0;
            long correct = 0;
            int seen = 0;
            for (int b = 0; b < batches; b++) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    interrupted = true;
                    break;
                }
                int from = b * batchSize;
                int n = Math.min(batchSize, rows - from);
                double batchLoss = step(train, order, from, n, lr, epoch + 1, b + 1, epochStart);
                lossSum += batchLoss * n;
                seen += n;
                if (classification) correct += BatchGather.correct(lastOutput, targets);
                listener.onBatchEnd(epoch + 1, b + 1, batches, seen, lossSum / seen,
                        classification ? (double) correct / seen : Double.NaN);
            }
            if (interrupted) break;
            double valLoss = Double.NaN;
            double valAcc = Double.NaN;
            if (validation != null) {
                DatasetScorer.Score score = scorer.score(validation);
                valLoss = score.loss() + penalty();
                valAcc = score.accuracy();
            }
            EpochMetrics metrics = new EpochMetrics(epoch + 1, spec.epochs(), lossSum / seen,
                    classification ? (double) correct / seen : Double.NaN, valLoss, valAcc, lr,
                    (System.nanoTime() - started) / 1e9);
            epochs.add(metrics);
            listener.onEpochEnd(metrics);
            if (tracker.record(metrics)) {
                if (bestWeights != null) network.copyWeightsInto(bestWeights);
                checkpoint.onBest(metrics);
            }
            stoppedEarly = early != null && tracker.epochsWithoutImprovement() >= early.patience()
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

    /** One minibatch: forward, loss, backward, penalties, clipping, update. Returns the batch loss. */
    private double step(Dataset train, int[] order, int from, int n, double lr, int epoch, int batch, float[][] epochStart) {
        BatchGather.features(train, order, from, n, batchInput);
        targets.gather(train, order, from, n);
        lastOutput = network.forward(batchInput, true);
        double batchLoss = loss.compute(lastOutput, network.logits(), targets, gradient);
        network.backward(gradient, loss.fused());
        if (spec.l1() > 0 || spec.l2() > 0) batchLoss += Penalties.addGradients(params, spec.l1(), spec.l2());
        if (!Double.isFinite(batchLoss)) {
            network.setWeights(epochStart);
            throw new DivergenceException(epoch, batch, lr, batchLoss);
        }
        if (spec.clipNorm() > 0) GradientClipping.clipGlobalNorm(params, spec.clipNorm());
        optimizer.step(lr);
        return batchLoss;
    }

    private double penalty() {
        return spec.l1() > 0 || spec.l2() > 0 ? Penalties.value(params, spec.l1(), spec.l2()) : 0;
    }

    private void requireFits(Dataset data) {
        if (data.width() != network.inputWidth()) {
            throw new IllegalArgumentException("the model expects " + network.inputWidth() + " inputs, but '"
                    + data.name() + "' has " + data.width() + " features");
        }
    }

    /** Fisher–Yates, driven by the run's own random stream. */
    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
