package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.BatchStepper;
import dev.neurona.runtime.train.TrainingEngine;
import dev.neurona.spark.script.SparkScriptRunner;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A convolutional network with batch normalisation trained on local Spark: its weights and its
 * batchnorm running statistics (layer state, not params) go out to the workers every round,
 * come back, and are averaged; the trained model classifies the stripes it was shown.
 */
class ConvOnSparkTest {
    private static final int SIZE = 8;
    /** The network's layer that holds the running statistics: conv, maxpool, batchnorm, dense. */
    private static final int BATCHNORM = 2;

    private static SparkSession spark;
    private static Dataset train;
    private static Dataset test;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        train = TrainingData.stripes(600, SIZE, 21);
        test = TrainingData.stripes(200, SIZE, 22);
    }

    /** input 1x8x8; conv 4 3x3 relu padding=same; maxpool 2x2; batchnorm; dense 2 softmax. */
    private static Model stripeModel(long seed) {
        return Model.builder()
                .input(1, SIZE, SIZE)
                .conv(4, 3, ActivationSpec.RELU, 1, Padding.SAME)
                .maxpool(2)
                .batchnorm()
                .dense(2, ActivationSpec.SOFTMAX)
                .build(seed);
    }

    private static TrainSpec spec(int epochs, boolean shuffle) {
        return TrainSpec.builder()
                .optimizer(OptimizerSpec.adam(0.01))
                .epochs(epochs)
                .batchSize(16)
                .shuffle(shuffle)
                .build();
    }

    @Test
    void aConvNetWithBatchnormLearnsOnTwoPartitions() {
        Model model = stripeModel(4);
        SparkEngine engine = new SparkEngine(spark, 2, 2);

        Runs run = Runs.train(engine, model, train, null, spec(6, true), 13);

        Evaluation onSpark = engine.evaluate(model, test);
        assertTrue(onSpark.accuracy() > 0.9, "test accuracy after 6 epochs on Spark: " + onSpark.accuracy());
        // The workers score with the driver's running statistics, not a fresh layer's (mean 0, variance 1).
        assertEquals(model.evaluate(test).accuracy(), onSpark.accuracy());
        assertEquals(model.evaluate(test).loss(), onSpark.loss(), 1e-6);

        List<float[]> statistics = model.network().layers().get(BATCHNORM).state();
        assertEquals(2, statistics.size(), "running mean and variance");
        assertMoved(statistics.get(0), 0f, "running mean");
        assertMoved(statistics.get(1), 1f, "running variance");
        for (float v : statistics.get(1)) assertTrue(v > 0, "a running variance is positive: " + v);
        assertFalse(run.events().isEmpty());
    }

    @Test
    void onePartitionSyncingEveryStepIsLocalTrainingBitForBit() {
        Runs local = Runs.train(TrainingEngine.LOCAL, stripeModel(4), train, null, spec(2, true), 13);
        Runs distributed = Runs.train(new SparkEngine(spark, 1, 1), stripeModel(4), train, null, spec(2, true), 13);

        // Runs compares every array of copyWeights(): the params, then the running statistics.
        distributed.assertSameAs(local);
    }

    /**
     * One epoch in one round (K above every partition's batch count): the driver's weights and
     * running statistics are then exactly the mean of what each partition's local steps give,
     * replayed here with the runtime's own stepper on the partition's rows.
     */
    @Test
    void theRunningStatisticsAreAveragedLikeTheWeights() {
        long seed = 17;
        TrainSpec spec = spec(1, false);
        Model model = stripeModel(4);
        float[][] initial = model.network().copyWeights();

        new SparkEngine(spark, 2, 1000)
                .fit(model, train, null, spec, seed, dev.neurona.runtime.train.TrainingListener.NONE, () -> false);

        PartitionLayout layout =
                PartitionLayout.deal(train.rows(), 2, new SplittableRandom(seed ^ DistributedEpochs.LAYOUT_SALT));
        List<float[][]> partitions = new ArrayList<>();
        for (int p = 0; p < 2; p++) partitions.add(localSteps(model, initial, train.subset(layout.rows()[p]), spec));
        float[][] mean = new float[initial.length][];
        for (int i = 0; i < initial.length; i++) {
            mean[i] = new float[initial[i].length];
            for (int j = 0; j < mean[i].length; j++) {
                mean[i][j] =
                        (float) (((double) partitions.get(0)[i][j] + partitions.get(1)[i][j]) / 2);
            }
        }
        float[][] driver = model.network().copyWeights();
        int params = model.network().params().size();
        assertEquals(params + 2, driver.length, "the params, then batchnorm's running mean and variance");
        for (int i = 0; i < driver.length; i++) assertArrayEquals(mean[i], driver[i], "array " + i);
        assertMoved(driver[params], 0f, "running mean");
        assertMoved(driver[params + 1], 1f, "running variance");
        // Each partition's statistics came from its own batches, so the mean is neither of them.
        assertFalse(
                java.util.Arrays.equals(partitions.get(0)[params], partitions.get(1)[params]));
    }

    /**
     * The script path of {@code nn run --engine spark} ({@link SparkScriptRunner}, as
     * {@code SparkMain run} uses it) with a {@code conv} model. Its batchnorm keeps 90% of the old
     * running statistics per step (Keras' 99% would still hold a third of the starting ones after
     * this short run's hundred-odd steps per partition, and the held-out figure would judge those).
     */
    @Test
    void aConvScriptRunsOnTheClusterEngine(@TempDir Path dir) throws IOException {
        writeIdx(dir, "stripes-train", train);
        writeIdx(dir, "stripes-test", test);
        Path script = Files.writeString(dir.resolve("stripes.nn"), """
                seed 5
                data stripes = idx("stripes-train-images.gz", "stripes-train-labels.gz") { scale 1/255 }
                data held = idx("stripes-test-images.gz", "stripes-test-labels.gz") { scale 1/255 }
                model net {
                  input 1x8x8
                  conv 4 3x3 relu padding=same
                  maxpool 2x2
                  batchnorm momentum=0.9
                  dense 2 softmax
                }
                train net on stripes { optimizer adam(lr=0.01); epochs 6; batch 16 }
                evaluate net on held
                save net to "net.nnm"
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SparkScriptRunner runner = new SparkScriptRunner(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        int code = runner.run(script, null, SparkCluster.of(spark), new SparkEngine(spark, 2, 2));

        String errors = err.toString(StandardCharsets.UTF_8);
        String output = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, errors + output);
        assertTrue(output.contains("epoch 6/6"), output);
        assertTrue(output.contains("evaluate net on held (200 rows)"), output);
        Model trained = Model.load(dir.resolve("net.nnm"));
        Dataset held = TrainingData.stripes(200, SIZE, 22);
        assertTrue(trained.evaluate(scaled(held)).accuracy() > 0.9, output);
        List<float[]> statistics = trained.network().layers().get(BATCHNORM).state();
        assertMoved(statistics.get(0), 0f, "running mean");
        assertMoved(statistics.get(1), 1f, "running variance");
    }

    /** A partition's round replayed locally: a fresh stepper from {@code initial}, its rows in order, one step per batch. */
    private static float[][] localSteps(Model model, float[][] initial, Dataset rows, TrainSpec spec) {
        Network network = new Network(model.spec(), 0, new ComputePool(1));
        network.setWeights(initial);
        BatchStepper stepper = new BatchStepper(
                network, StepSettings.of(spec, spec.lossFor(model.spec())).toTrainSpec());
        int[] order = new int[rows.rows()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        int batch = Math.min(spec.batchSize(), order.length);
        for (int from = 0; from < order.length; from += batch) {
            stepper.step(
                    rows,
                    order,
                    from,
                    Math.min(batch, order.length - from),
                    spec.optimizer().lr());
        }
        return network.copyWeights();
    }

    private static void assertMoved(float[] values, float initial, String what) {
        boolean moved = false;
        for (float v : values) {
            assertTrue(Float.isFinite(v), what + " " + v);
            moved |= Math.abs(v - initial) > 1e-3;
        }
        assertTrue(moved, what + " still at its initial " + initial + ": " + java.util.Arrays.toString(values));
    }

    /** The pixels as the script's idx files hold them: bytes 0..255, read back with scale 1/255. */
    private static Dataset scaled(Dataset data) {
        float[] x = data.features().clone();
        for (int i = 0; i < x.length; i++) x[i] = toByte(x[i]) / 255f;
        return new Dataset(data.name(), data.schema(), data.preprocessing(), x, data.rows(), data.labels(), null);
    }

    private static int toByte(float v) {
        return Math.max(0, Math.min(255, Math.round(v * 255)));
    }

    /** {@code name-images.gz} and {@code name-labels.gz} in the IDX format MNIST comes in. */
    private static void writeIdx(Path dir, String name, Dataset data) throws IOException {
        try (DataOutputStream images = idx(dir.resolve(name + "-images.gz"))) {
            images.writeInt(0x803);
            images.writeInt(data.rows());
            images.writeInt(SIZE);
            images.writeInt(SIZE);
            for (float v : data.features()) images.writeByte(toByte(v));
        }
        try (DataOutputStream labels = idx(dir.resolve(name + "-labels.gz"))) {
            labels.writeInt(0x801);
            labels.writeInt(data.rows());
            for (int label : data.labels()) labels.writeByte(label);
        }
    }

    private static DataOutputStream idx(Path file) throws IOException {
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
        return new DataOutputStream(out);
    }
}
