package dev.neurona.spark;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.optim.Param;
import dev.neurona.runtime.train.BatchStepper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

/**
 * The worker's side of a round, for one partition: start from the weights, optimizer state and
 * noise position its {@link RoundPlan} brings, run the round's local minibatch steps on the partition's rows with
 * the runtime's own {@link BatchStepper}, and send back the model (weights, layer state such as
 * batch normalisation's running statistics, optimizer state) and figures. A task depends on
 * its plan and the run's broadcasts alone, so a retried attempt computes exactly what the first
 * would have.
 */
final class ShardRound implements Function<RoundPlan, ShardResult> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<TrainingSetup> setup;
    private final List<Broadcast<DatasetShard>> shards;
    private final LongAccumulator stepping;

    /** @param stepping adds up the nanoseconds tasks spend in their minibatch steps (what is not a round's overhead) */
    ShardRound(Broadcast<TrainingSetup> setup, List<Broadcast<DatasetShard>> shards, LongAccumulator stepping) {
        this.setup = setup;
        this.shards = shards;
        this.stepping = stepping;
    }

    @Override
    public ShardResult call(RoundPlan round) {
        TrainingSetup fixed = setup.value();
        int p = round.partition();
        fixed.checkFault(round.round(), p);
        int[] rows = round.rows();
        if (rows.length == 0) return new ShardResult(null, new ShardFigures(p, 0, round.noise(), 0, 0, 0, 0, 0));

        BatchStepper stepper = fixed.checkOut(p);
        try {
            Network network = stepper.network();
            network.setWeights(round.weights().arrays());
            stepper.optimizer().restore(Arrays.asList(round.optimizerState().arrays()), round.steps());
            network.reseedNoise(round.noise());
            Dataset data = shards.get(p).value().dataset();
            long start = System.nanoTime();
            try {
                return steps(stepper, data, rows, fixed.batchSize(p), round, p);
            } finally {
                stepping.add(System.nanoTime() - start);
            }
        } finally {
            fixed.checkIn(p, stepper);
        }
    }

    private static ShardResult steps(
            BatchStepper stepper, Dataset data, int[] rows, int batchSize, RoundPlan round, int p) {
        boolean classification = data.labels() != null;
        TaskContext task = TaskContext.get();
        double lossSum = 0;
        long correct = 0;
        int seen = 0;
        int steps = 0;
        for (int from = 0; from < rows.length; from += batchSize) {
            if (task != null) task.killTaskIfInterrupted();
            int n = Math.min(batchSize, rows.length - from);
            double batchLoss = stepper.step(data, rows, from, n, round.lr());
            if (!Double.isFinite(batchLoss)) {
                ShardFigures diverged = new ShardFigures(
                        p,
                        steps,
                        stepper.network().noiseState(),
                        lossSum,
                        correct,
                        seen,
                        round.firstBatch() + steps,
                        batchLoss);
                return new ShardResult(null, diverged);
            }
            lossSum += batchLoss * n;
            seen += n;
            steps++;
            if (classification) correct += stepper.correctInLastBatch();
        }
        ShardFigures figures = new ShardFigures(p, steps, stepper.network().noiseState(), lossSum, correct, seen, 0, 0);
        return new ShardResult(flatten(stepper), figures);
    }

    /**
     * The partition's model as the driver averages it ({@link Network#copyWeights()}'s order):
     * every param's values, then every layer's state (batch normalisation's running mean and
     * variance), then every optimizer-state number.
     */
    private static float[] flatten(BatchStepper stepper) {
        Network network = stepper.network();
        List<float[]> model = new ArrayList<>();
        for (Param param : network.params()) model.add(param.value());
        for (Layer layer : network.layers()) model.addAll(layer.state());
        model.addAll(stepper.optimizer().state());
        int length = 0;
        for (float[] array : model) length += array.length;
        float[] flat = new float[length];
        int at = 0;
        for (float[] array : model) {
            System.arraycopy(array, 0, flat, at, array.length);
            at += array.length;
        }
        return flat;
    }
}
