package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.DivergenceException;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lost tasks, failing workers, interrupts and divergence on Spark. */
class SparkFailureTest {
    private static SparkSession spark;
    private static Dataset blobs;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        blobs = TrainingData.blobs(600, 12, 4, 3);
    }

    private static Model model() {
        return Model.builder()
                .input(12)
                .dense(24, ActivationSpec.RELU)
                .dropout(0.1)
                .dense(4, ActivationSpec.SOFTMAX)
                .build(2);
    }

    private static TrainSpec spec(int epochs) {
        return TrainSpec.builder()
                .optimizer(OptimizerSpec.adam(0.01))
                .epochs(epochs)
                .batchSize(25)
                .validationFraction(0.2)
                .build();
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndChangesNothing() throws InterruptedException {
        AtomicInteger failedTasks = new AtomicInteger();
        SparkListener counter = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() instanceof ExceptionFailure) failedTasks.incrementAndGet();
            }
        };
        spark.sparkContext().addSparkListener(counter);
        try {
            SparkEngine engine = new SparkEngine(spark, 2, 3);
            Runs clean = Runs.train(engine, model(), blobs, null, spec(2), 5);
            Runs retried =
                    Runs.train(engine.withFault(new FaultInjection(3, 1, false)), model(), blobs, null, spec(2), 5);

            retried.assertSameAs(clean);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (failedTasks.get() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
            assertEquals(1, failedTasks.get(), "one task failed, and was retried");
        } finally {
            spark.sparkContext().removeSparkListener(counter);
        }
    }

    @Test
    void aTaskThatKeepsFailingEndsTrainingWithOneClearMessage() {
        // 240 rows a partition make 10 batches, so 4 rounds an epoch: round 5 starts epoch 2.
        SparkEngine failing = new SparkEngine(spark, 2, 3).withFault(new FaultInjection(5, 1, true));
        Model model = model();

        ClusterException e = assertThrows(
                ClusterException.class,
                () -> failing.fit(model, blobs, null, spec(3), 5, TrainingListener.NONE, () -> false));

        assertEquals(
                "training on Spark failed: the task of partition 1 failed 2 times: "
                        + "a fault injected for testing into partition 1 of round 5 (attempt 2)",
                e.getMessage());
        assertEquals(
                "falló el entrenamiento en Spark: la tarea de la partición 1 falló 2 veces: "
                        + "a fault injected for testing into partition 1 of round 5 (attempt 2)",
                e.text().in(Messages.of(Language.SPANISH)));
        assertEquals(1, model.history().size(), "the epoch finished before the failure stays in the history");
        for (float[] w : model.network().copyWeights()) for (float v : w) assertTrue(Float.isFinite(v));
    }

    @Test
    void cancellingBetweenRoundsKeepsTheLastAveragedModel() {
        Model model = model();
        List<float[][]> afterEachRound = new CopyOnWriteArrayList<>();
        AtomicInteger rounds = new AtomicInteger();
        TrainingListener snapshots = new TrainingListener() {
            @Override
            public void onBatchEnd(int epoch, int batch, int batches, int rowsDone, double loss, double acc) {
                afterEachRound.add(model.network().copyWeights());
                rounds.incrementAndGet();
            }
        };

        TrainingResult result =
                new SparkEngine(spark, 2, 2).fit(model, blobs, null, spec(50), 5, snapshots, () -> rounds.get() >= 7);

        assertTrue(result.interrupted());
        assertEquals(7, afterEachRound.size());
        assertWeightsEqual(afterEachRound.get(6), model.network().copyWeights());
    }

    @Test
    void interruptingTheDriverStopsTheJobAndKeepsAConsistentModel() throws InterruptedException {
        Model model = model();
        List<float[][]> afterEachRound = new CopyOnWriteArrayList<>();
        AtomicReference<TrainingResult> result = new AtomicReference<>();
        TrainingListener snapshots = new TrainingListener() {
            @Override
            public void onBatchEnd(int epoch, int batch, int batches, int rowsDone, double loss, double acc) {
                afterEachRound.add(model.network().copyWeights());
            }
        };
        SparkEngine engine = new SparkEngine(spark, 2, 1);
        Thread driver =
                new Thread(() -> result.set(engine.fit(model, blobs, null, spec(1000), 5, snapshots, () -> false)));

        driver.start();
        while (afterEachRound.size() < 5) Thread.sleep(5);
        driver.interrupt();
        driver.join(30_000);

        assertFalse(driver.isAlive(), "training stopped");
        assertTrue(result.get().interrupted());
        assertWeightsEqual(
                afterEachRound.get(afterEachRound.size() - 1), model.network().copyWeights());
        assertTrue(spark.sparkContext().statusTracker().getActiveJobIds().length == 0, "no job left running");
    }

    @Test
    void divergenceIsReportedAsLocallyAndRestoresTheEpochsStart() {
        Dataset plane = TrainingData.plane(64, 1, 1000f);
        Model model = Model.builder().input(2).dense(1).build(1);
        List<float[][]> epochStarts = new CopyOnWriteArrayList<>();
        epochStarts.add(model.network().copyWeights());
        TrainingListener snapshots = new TrainingListener() {
            @Override
            public void onEpochEnd(EpochMetrics metrics) {
                epochStarts.add(model.network().copyWeights());
            }
        };
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.sgd(10))
                .epochs(20)
                .batchSize(8)
                .shuffle(false)
                .build();

        DivergenceException e = assertThrows(DivergenceException.class, () -> new SparkEngine(spark, 2, 2)
                .fit(model, plane, null, spec, 3, snapshots, () -> false));

        assertTrue(
                e.getMessage()
                        .matches(
                                "training diverged: the loss became (NaN|infinite) at epoch \\d+, batch \\d+ "
                                        + "\\(learning rate 10\\); try a smaller learning rate, clip_norm, or normalized inputs"),
                e.getMessage());
        assertEquals(epochStarts.size(), e.epoch(), "the epoch after the last finished one diverged");
        assertWeightsEqual(
                epochStarts.get(epochStarts.size() - 1), model.network().copyWeights());
    }

    @Test
    void epochLinesComeFromTheDriverAsLocally() {
        List<String> lines = new CopyOnWriteArrayList<>();
        new SparkEngine(spark, 2, 4)
                .fit(
                        model(),
                        blobs,
                        null,
                        spec(2),
                        5,
                        new TrainingListener() {
                            @Override
                            public void onEpochEnd(EpochMetrics metrics) {
                                lines.add(metrics.format());
                            }
                        },
                        () -> false);

        assertEquals(2, lines.size());
        assertTrue(
                lines.get(1)
                        .matches(
                                "epoch 2/2  loss \\d\\.\\d{4}  acc \\d\\.\\d{4}  val_loss \\d\\.\\d{4}  val_acc \\d\\.\\d{4}  \\d+\\.\\ds"),
                lines.get(1));
    }

    private static void assertWeightsEqual(float[][] expected, float[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], actual[i], "param " + i);
    }
}
