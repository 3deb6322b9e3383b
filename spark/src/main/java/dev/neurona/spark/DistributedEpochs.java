package dev.neurona.spark;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Shuffles;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.optim.Optimizer;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.DivergenceException;
import dev.neurona.runtime.train.EpochRunner;
import dev.neurona.runtime.train.EpochTotals;
import dev.neurona.runtime.train.TrainingListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous data-parallel epochs with parameter averaging. The training rows are dealt into P
 * partitions ({@link PartitionLayout}); each epoch, every partition reshuffles its own rows and
 * steps through them in batches, K batches per round. A round sends each partition's task the
 * driver's weights, optimizer state and the partition's noise position ({@link RoundPlan}, inside
 * the task: cheaper per round than a broadcast); every partition runs its K local steps
 * from there; the driver then takes the mean of the weights, of the layers' state and of the
 * optimizer state over the partitions that stepped ({@link OrderedTreeSum}, through Spark's tree
 * aggregation), and continues the optimizer's step count by the most steps any partition took.
 * Layer state is batch normalisation's running mean and variance: each partition updates its own
 * from its batches, and the model keeps their mean, as it keeps the mean of the weights those
 * statistics go with.
 *
 * <p>Partition 0 draws its shuffles from the run's own shuffle stream and its dropout masks from
 * the network's own noise stream, exactly as local training does; the other partitions get
 * streams of their own from the seed. So with P = 1 and K = 1 every update is the one local
 * training makes, bit for bit, and for any P and K the run depends on the seed alone.
 */
final class DistributedEpochs implements EpochRunner {
    /** Separates the layout's random stream from the trainer's, which comes from the same seed (tests replay the layout). */
    static final long LAYOUT_SALT = 0x5EED_0F_D15757L;

    /** The accumulator of the nanoseconds tasks spend stepping, as Spark's UI and listeners show it. */
    static final String STEPPING_NANOS = "neurona: nanoseconds stepping";

    private static final int TREE_DEPTH = 2;

    private final JavaSparkContext spark;
    private final ClusterJobs jobs;
    private final int syncEvery;
    private final TrainSpec spec;
    private final Network network;
    private final Optimizer optimizer;
    private final int partitions;
    private final SplittableRandom[] shufflers;
    private final long[] noise;
    private final int[][] orders;
    private final int[] batchSizes;
    private final int[] batches;
    private final PartitionLayout layout;
    private final Dataset train;
    private final @Nullable FaultInjection fault;
    private final boolean classification;
    // Made on the jobs' thread by the first round, so that the training thread never blocks in Spark.
    private @Nullable Broadcast<TrainingSetup> setup;
    private final List<Broadcast<DatasetShard>> shards = new ArrayList<>();
    private @Nullable LongAccumulator stepping;
    private int rounds;

    DistributedEpochs(
            JavaSparkContext spark, int partitions, int syncEvery, @Nullable FaultInjection fault, Start start) {
        this.spark = spark;
        this.syncEvery = syncEvery;
        this.spec = start.spec();
        this.network = start.stepper().network();
        this.optimizer = start.stepper().optimizer();
        Dataset train = start.train();
        this.classification = train.labels() != null;
        SplittableRandom layoutRandom = new SplittableRandom(start.seed() ^ LAYOUT_SALT);
        PartitionLayout layout = PartitionLayout.deal(train.rows(), partitions, layoutRandom);
        this.partitions = partitions;
        this.shufflers = new SplittableRandom[partitions];
        this.noise = new long[partitions];
        this.orders = new int[partitions][];
        this.batchSizes = new int[partitions];
        this.batches = new int[partitions];
        for (int p = 0; p < partitions; p++) {
            shufflers[p] = p == 0 ? start.shuffler() : layoutRandom.split();
            noise[p] = p == 0 ? network.noiseState() : layoutRandom.nextLong();
            int rows = layout.size(p);
            orders[p] = Shuffles.identity(rows);
            batchSizes[p] = Math.min(spec.batchSize(), rows);
            batches[p] = (rows + batchSizes[p] - 1) / batchSizes[p];
        }
        this.layout = layout;
        this.train = train;
        this.fault = fault;
        this.jobs = new ClusterJobs(spark);
    }

    @Override
    public int batchesPerEpoch() {
        return Arrays.stream(batches).sum();
    }

    @Override
    public EpochTotals runEpoch(int epoch, double lr, TrainingListener listener, BooleanSupplier stop) {
        if (spec.shuffle()) {
            for (int p = 0; p < partitions; p++) Shuffles.shuffle(orders[p], shufflers[p]);
        }
        int total = batchesPerEpoch();
        int longest = Arrays.stream(batches).max().orElse(0);
        double lossSum = 0;
        long correct = 0;
        int seen = 0;
        int done = 0;
        for (int first = 0; first < longest; first += syncEvery) {
            if (stop.getAsBoolean()) return new EpochTotals(lossSum, correct, seen, true);
            Optional<OrderedTreeSum> round = runRound(epoch, lr, first, stop);
            if (round.isEmpty()) return new EpochTotals(lossSum, correct, seen, true);
            ShardFigures[] figures = round.get().figures();
            for (ShardFigures f : figures) {
                if (f.divergedBatch() > 0)
                    throw new DivergenceException(epoch, f.divergedBatch(), lr, f.divergedLoss());
            }
            adopt(round.get(), figures);
            for (ShardFigures f : figures) {
                noise[f.partition()] = f.noise();
                lossSum += f.lossSum();
                correct += f.correct();
                seen += f.seen();
                done += f.steps();
            }
            listener.onBatchEnd(
                    epoch, done, total, seen, lossSum / seen, classification ? (double) correct / seen : Double.NaN);
        }
        return new EpochTotals(lossSum, correct, seen, false);
    }

    /** One round: batches {@code first .. first + K} of every partition, from the driver's current model. */
    private Optional<OrderedTreeSum> runRound(int epoch, double lr, int first, BooleanSupplier stop) {
        FloatArrays weights = new FloatArrays(network.copyWeights());
        FloatArrays state = new FloatArrays(optimizer.state().toArray(new float[0][]));
        int round = ++rounds;
        List<RoundPlan> plans = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            int from = (int) Math.min((long) first * batchSizes[p], orders[p].length);
            int to = (int) Math.min((long) (first + syncEvery) * batchSizes[p], orders[p].length);
            int[] rows = Arrays.copyOfRange(orders[p], from, to);
            plans.add(new RoundPlan(p, round, epoch, lr, weights, state, optimizer.steps(), noise[p], rows, first + 1));
        }
        return jobs.run(
                SparkFailures.Doing.TRAINING,
                () -> {
                    shipOnce();
                    // One element per partition: Spark deals them out one to a partition, in order.
                    return spark.parallelize(plans, partitions)
                            .map(new ShardRound(
                                    Objects.requireNonNull(setup, "shipped by shipOnce"),
                                    shards,
                                    Objects.requireNonNull(stepping, "made by shipOnce")))
                            .treeAggregate(
                                    new OrderedTreeSum(partitions),
                                    OrderedTreeSum::add,
                                    OrderedTreeSum::merge,
                                    TREE_DEPTH);
                },
                stop);
    }

    /** Broadcasts what stays fixed for the run — the setup and each partition's rows — before the first round. */
    private void shipOnce() {
        if (setup != null) return;
        StepSettings settings = StepSettings.of(spec, spec.lossFor(network.spec()));
        setup = spark.broadcast(new TrainingSetup(ShippedModel.of(network), settings, batchSizes.clone(), fault));
        for (int p = 0; p < partitions; p++) shards.add(spark.broadcast(DatasetShard.of(train, layout.rows()[p])));
        stepping = spark.sc().longAccumulator(STEPPING_NANOS);
    }

    /**
     * Makes the driver's model (weights and layer state, as {@link Network#copyWeights()} holds
     * them) and optimizer state the mean of the partitions', and advances the optimizer's step count.
     */
    private void adopt(OrderedTreeSum round, ShardFigures[] figures) {
        // every round has a partition with a batch at its first step, so a sum
        double[] sum = Objects.requireNonNull(round.sum(), "no partition stepped in this round");
        int count = round.contributors();
        float[][] weights = network.copyWeights();
        List<float[]> state = optimizer.state();
        int at = 0;
        for (float[] w : weights) at = mean(sum, at, count, w);
        for (float[] s : state) at = mean(sum, at, count, s);
        if (at != sum.length)
            throw new IllegalStateException("the workers' models hold " + sum.length + " numbers, the driver's " + at);
        int mostSteps = 0;
        for (ShardFigures f : figures) mostSteps = Math.max(mostSteps, f.steps());
        network.setWeights(weights);
        optimizer.restore(state, optimizer.steps() + mostSteps);
    }

    /** {@code into[i] = sum[at + i] / count}; returns the position after. */
    private static int mean(double[] sum, int at, int count, float[] into) {
        for (int i = 0; i < into.length; i++) into[i] = (float) (sum[at + i] / count);
        return at + into.length;
    }

    @Override
    public void close() {
        jobs.closeAfter(() -> {
            if (setup != null) setup.destroy();
            for (Broadcast<DatasetShard> shard : shards) shard.destroy();
        });
    }
}
