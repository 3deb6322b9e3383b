package dev.neurona.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.TestData;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The warm-up before the first epoch runs on a scratch copy of the network: what training learns
 * is the same, bit for bit, with it and without it, and it runs only when an epoch is long enough
 * to repay it.
 */
class KernelWarmUpTest {
    /** 256-512-10 with dropout: 136,192 multiply-adds a row forward, so 8,192 rows make an epoch worth warming for. */
    private static final ModelSpec SPEC = Model.builder()
            .input(256)
            .dense(512, ActivationSpec.RELU)
            .dropout(0.2)
            .dense(10, ActivationSpec.SOFTMAX)
            .spec();

    private static final TrainSpec TRAIN = TrainSpec.builder()
            .epochs(2)
            .batchSize(64)
            .l2(1e-4)
            .validationFraction(0.1)
            .optimizer(OptimizerSpec.adam(0.001))
            .build();

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void weightsAndMetricsAreTheSameWithAndWithoutTheWarmUp(int threads) {
        Dataset data = TestData.blobs(8192, 256, 10, 4);
        assertTrue(KernelWarmUp.worthIt(SPEC, (int) (data.rows() * 0.9)));

        Run cold = withoutWarmUp(() -> train(data, threads));
        Run warm = train(data, threads);

        assertEquals(List.of(), cold.warmUps);
        assertEquals(1, warm.warmUps.size(), "one warm-up before the first epoch");
        assertTrue(warm.warmUps.get(0) > 0, "the warm-up made some updates");
        assertEquals(cold.losses, warm.losses);
        for (int p = 0; p < cold.weights.length; p++) {
            assertArrayEquals(cold.weights[p], warm.weights[p], "param " + p);
        }
    }

    @Test
    void theWarmUpLeavesTheNetworkAndItsNoiseStreamAlone() {
        Dataset data = TestData.blobs(1024, 256, 10, 5);
        try (ComputePool pool = new ComputePool(2)) {
            Network network = new Network(SPEC, 3, pool);
            network.reseedNoise(11);
            float[][] before = network.copyWeights();
            long noise = network.noiseState();

            KernelWarmUp.Outcome outcome = KernelWarmUp.run(network, TRAIN, data);

            assertTrue(outcome.steps() > 0);
            assertTrue(outcome.seconds() >= 0);
            assertEquals(noise, network.noiseState());
            float[][] after = network.copyWeights();
            for (int p = 0; p < before.length; p++) {
                assertArrayEquals(before[p], after[p], "param " + p);
            }
        }
    }

    @Test
    void aSmallTrainingIsNotWarmedUp() {
        Dataset data = TestData.blobs(512, 64, 10, 6);
        ModelSpec small = Model.builder()
                .input(64)
                .dense(32, ActivationSpec.RELU)
                .dense(10, ActivationSpec.SOFTMAX)
                .spec();
        assertFalse(KernelWarmUp.worthIt(small, data.rows()));
        List<Integer> warmUps = new ArrayList<>();
        Model.create(small, 1)
                .fit(
                        data,
                        FitOptions.builder()
                                .spec(TrainSpec.builder().epochs(1).build())
                                .listener(new TrainingListener() {
                                    @Override
                                    public void onWarmUp(int steps, double seconds) {
                                        warmUps.add(steps);
                                    }
                                })
                                .build());
        assertEquals(List.of(), warmUps);
    }

    private record Run(float[][] weights, List<Double> losses, List<Integer> warmUps) {}

    private static Run train(Dataset data, int threads) {
        try (ComputePool pool = new ComputePool(threads)) {
            Model model = Model.create(SPEC, 7, pool);
            List<Double> losses = new ArrayList<>();
            List<Integer> warmUps = new ArrayList<>();
            model.fit(
                    data,
                    FitOptions.builder()
                            .spec(TRAIN)
                            .seed(9)
                            .listener(new TrainingListener() {
                                @Override
                                public void onWarmUp(int steps, double seconds) {
                                    warmUps.add(steps);
                                }

                                @Override
                                public void onEpochEnd(EpochMetrics metrics) {
                                    losses.add(metrics.loss());
                                    losses.add(metrics.valLoss());
                                    losses.add(metrics.accuracy());
                                }
                            })
                            .build());
            return new Run(model.network().copyWeights(), losses, warmUps);
        }
    }

    private static Run withoutWarmUp(java.util.function.Supplier<Run> training) {
        String before = System.getProperty("neurona.warmup");
        System.setProperty("neurona.warmup", "false");
        try {
            return training.get();
        } finally {
            if (before == null) {
                System.clearProperty("neurona.warmup");
            } else {
                System.setProperty("neurona.warmup", before);
            }
        }
    }
}
