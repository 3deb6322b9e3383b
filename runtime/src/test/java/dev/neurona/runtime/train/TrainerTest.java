package dev.neurona.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.TestData;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.EarlyStopSpec;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.ScheduleSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
    private final Dataset blobs = TestData.blobs(400, 8, 3, 5);

    private Model newModel() {
        return Model.builder()
                .input(8)
                .dense(16, ActivationSpec.RELU)
                .dense(3, ActivationSpec.SOFTMAX)
                .build(3);
    }

    @Test
    void learnsSeparableBlobsAndReportsEveryEpoch() {
        Model model = newModel();
        List<EpochMetrics> heard = new ArrayList<>();
        AtomicInteger batches = new AtomicInteger();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onBatchEnd(int epoch, int batch, int total, int rows, double loss, double acc) {
                batches.incrementAndGet();
            }

            @Override
            public void onEpochEnd(EpochMetrics metrics) {
                heard.add(metrics);
            }
        };
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.adam(0.01))
                .epochs(5)
                .batchSize(32)
                .validationFraction(0.25)
                .build();

        TrainingResult result = model.fit(
                blobs,
                FitOptions.builder().spec(spec).seed(1).listener(listener).build());

        assertEquals(5, heard.size());
        assertEquals(5 * 10, batches.get(), "300 training rows in batches of 32 make 10 batches an epoch");
        assertTrue(
                result.last().valAccuracy() > 0.9,
                "validation accuracy " + result.last().valAccuracy());
        assertTrue(heard.get(4).loss() < heard.get(0).loss());
        assertEquals(heard, model.history().epochs());
    }

    @Test
    void trainingAgainContinuesAndExtendsHistory() {
        Model model = newModel();
        TrainSpec spec = TrainSpec.builder().epochs(2).build();
        model.fit(blobs, spec);
        double before = model.history().last().loss();
        model.fit(blobs, spec);
        assertEquals(4, model.history().size());
        assertTrue(model.history().last().loss() < before);
    }

    @Test
    void scheduleSetsTheLearningRateOfEachEpoch() {
        Model model = newModel();
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.sgd(0.1))
                .epochs(4)
                .schedule(ScheduleSpec.step(2, 0.5))
                .build();
        TrainingResult result = model.fit(blobs, spec);
        assertEquals(
                List.of(0.1, 0.1, 0.05, 0.05),
                result.epochs().stream().map(EpochMetrics::learningRate).toList());
    }

    @Test
    void earlyStoppingStopsAndRestoresTheBestWeights() {
        Model model = newModel();
        // A learning rate this large makes validation loss bounce, so it stops improving quickly.
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.sgd(3.0))
                .epochs(50)
                .validationFraction(0.25)
                .earlyStop(new EarlyStopSpec(2, Metric.VAL_LOSS, 0))
                .build();
        List<float[][]> weightsByEpoch = new ArrayList<>();
        TrainingListener snapshots = new TrainingListener() {
            @Override
            public void onEpochEnd(EpochMetrics metrics) {
                weightsByEpoch.add(model.network().copyWeights());
            }
        };

        TrainingResult result = model.fit(
                blobs,
                FitOptions.builder().spec(spec).seed(9).listener(snapshots).build());

        assertTrue(result.stoppedEarly());
        assertTrue(result.epochs().size() < 50);
        EpochMetrics best = result.epochs().stream()
                .min((a, b) -> Double.compare(a.valLoss(), b.valLoss()))
                .orElseThrow();
        assertEquals(best.epoch(), result.bestEpoch());
        assertEquals(result.epochs().size() - 2, result.bestEpoch(), "stops two epochs after the best");
        float[][] restored = model.network().copyWeights();
        for (int i = 0; i < restored.length; i++) {
            assertArrayEquals(weightsByEpoch.get(best.epoch() - 1)[i], restored[i]);
        }
    }

    @Test
    void cancellingStopsBetweenBatchesWithAUsableModel() {
        Model model = newModel();
        AtomicInteger calls = new AtomicInteger();
        TrainSpec spec = TrainSpec.builder().epochs(100).batchSize(16).build();

        TrainingResult result = model.fit(
                blobs,
                FitOptions.builder()
                        .spec(spec)
                        .seed(1)
                        .cancelWhen(() -> calls.incrementAndGet() > 30)
                        .build());

        assertTrue(result.interrupted());
        assertEquals(1, result.epochs().size(), "25 batches an epoch: the second epoch is cut short");
        float[] out = model.predictPrepared(blobs.row(0));
        for (float p : out) assertTrue(Float.isFinite(p));
    }

    @Test
    void divergenceNamesEpochBatchAndRateAndKeepsFiniteWeights() {
        float[][] x = new float[64][1];
        float[][] y = new float[64][1];
        for (int i = 0; i < 64; i++) {
            x[i][0] = i * 100f;
            y[i][0] = i * 1000f;
        }
        Dataset line = TestData.regression("line", x, y);
        Model model = Model.builder().input(1).dense(1).build(1);
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.sgd(10))
                .epochs(5)
                .batchSize(8)
                .shuffle(false)
                .build();

        DivergenceException e = assertThrows(DivergenceException.class, () -> model.fit(line, spec));

        assertTrue(
                e.getMessage()
                        .matches(
                                "training diverged: the loss became (NaN|infinite) at epoch 1, batch \\d+ "
                                        + "\\(learning rate 10\\); try a smaller learning rate, clip_norm, or normalized inputs"),
                e.getMessage());
        for (float[] w : model.network().copyWeights()) for (float v : w) assertTrue(Float.isFinite(v));
    }

    @Test
    void aPluggedRunnerRunsTheBatchesAndIsClosedOnce() {
        TrainSpec spec = TrainSpec.builder().epochs(3).validationFraction(0.25).build();
        AtomicInteger epochsRun = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        EpochRunner.Factory counting = start -> {
            EpochRunner local = EpochRunner.LOCAL.start(start);
            return new EpochRunner() {
                @Override
                public int batchesPerEpoch() {
                    return local.batchesPerEpoch();
                }

                @Override
                public EpochTotals runEpoch(
                        int epoch, double lr, TrainingListener listener, java.util.function.BooleanSupplier stop) {
                    epochsRun.incrementAndGet();
                    return local.runEpoch(epoch, lr, listener, stop);
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        };
        Model plain = newModel();
        Model plugged = newModel();

        plain.fit(blobs, FitOptions.builder().spec(spec).seed(4).build());
        plugged.fit(
                blobs, FitOptions.builder().spec(spec).seed(4).runners(counting).build());

        assertEquals(3, epochsRun.get());
        assertEquals(1, closed.get());
        assertEquals(
                plain.history().epochs().stream().map(EpochMetrics::valLoss).toList(),
                plugged.history().epochs().stream().map(EpochMetrics::valLoss).toList());
        float[][] expected = plain.network().copyWeights();
        float[][] actual = plugged.network().copyWeights();
        for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], actual[i]);
    }

    @Test
    void checkpointSavesTheBestModelAsTrainingGoes(@TempDir Path dir) {
        Path file = dir.resolve("best.nnm");
        Model model = newModel();
        TrainSpec spec = TrainSpec.builder()
                .epochs(3)
                .validationFraction(0.25)
                .checkpoint(file)
                .build();
        model.fit(blobs, spec);
        assertTrue(Files.exists(file));
        Model saved = Model.load(file);
        assertTrue(saved.history().size() >= 1);
    }
}
