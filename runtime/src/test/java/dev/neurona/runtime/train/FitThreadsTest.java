package dev.neurona.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.TestData;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code FitOptions.threads}: training runs on as many threads as asked, and learns the same. */
class FitThreadsTest {
    private static final ModelSpec SPEC = Model.builder()
            .input(64)
            .dense(48, ActivationSpec.RELU)
            .dropout(0.2)
            .dense(5, ActivationSpec.SOFTMAX)
            .spec();
    private static final TrainSpec TRAIN =
            TrainSpec.builder().epochs(2).batchSize(32).validationFraction(0.2).build();

    @Test
    void weightsAndHistoryAreBitIdenticalWhateverTheThreadCount() {
        Dataset data = TestData.blobs(300, 64, 5, 4);
        Model alone = trainedOnOneThreadPool(data, 0);
        for (int threads : new int[] {1, 2, 3}) {
            Model model = trainedOnOneThreadPool(data, threads);
            assertEquals(figures(alone), figures(model), threads + " threads");
            float[][] expected = alone.network().copyWeights();
            float[][] actual = model.network().copyWeights();
            for (int i = 0; i < expected.length; i++) {
                assertArrayEquals(expected[i], actual[i], "array " + i + " differs on " + threads + " threads");
            }
        }
    }

    @Test
    void trainingRunsOnTheThreadsAskedForAndStopsThemAfterwards() {
        Dataset data = TestData.blobs(200, 64, 5, 5);
        List<Integer> during = new ArrayList<>();
        int before;
        try (ComputePool one = new ComputePool(1)) {
            Model model = Model.create(SPEC, 3, one);
            before = computeThreads(); // after the pool classes start their shared pool, if this is the first test
            model.fit(
                    data,
                    FitOptions.builder()
                            .spec(TRAIN)
                            .seed(9)
                            .threads(3)
                            .listener(new TrainingListener() {
                                @Override
                                public void onEpochEnd(EpochMetrics metrics) {
                                    during.add(computeThreads());
                                }
                            })
                            .build());
        }
        // the caller plus two workers of the fit's own pool, on top of every pool already there
        assertEquals(List.of(before + 2, before + 2), during);
    }

    @Test
    void negativeThreadsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FitOptions.builder().threads(-1));
    }

    /** A model made on a pool of one thread, trained with {@code threads} (0: its own pool's). */
    private static Model trainedOnOneThreadPool(Dataset data, int threads) {
        try (ComputePool one = new ComputePool(1)) {
            Model model = Model.create(SPEC, 42, one);
            model.fit(
                    data,
                    FitOptions.builder().spec(TRAIN).seed(7).threads(threads).build());
            return model;
        }
    }

    /** Every epoch's figures but its time. */
    private static List<Double> figures(Model model) {
        return model.history().epochs().stream()
                .flatMap(m -> java.util.stream.Stream.of(m.loss(), m.accuracy(), m.valLoss(), m.valAccuracy()))
                .toList();
    }

    private static int computeThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("neurona-compute-"))
                .count();
    }
}
