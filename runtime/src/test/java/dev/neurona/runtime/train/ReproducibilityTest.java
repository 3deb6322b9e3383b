package dev.neurona.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.TestData;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed, same result: bit-identical weights and metrics on 1 thread and on 2. */
class ReproducibilityTest {
    private static final ModelSpec SPEC = Model.builder()
            .input(200)
            .dense(128, ActivationSpec.RELU)
            .dropout(0.2)
            .dense(64, ActivationSpec.RELU)
            .dense(10, ActivationSpec.SOFTMAX)
            .spec();

    @Test
    void weightsAndMetricsAreBitIdenticalAcrossThreadCounts() {
        Dataset data = TestData.blobs(600, 200, 10, 1);
        TrainSpec train = TrainSpec.builder()
                .epochs(2)
                .batchSize(64)
                .validationFraction(0.2)
                .build();

        Result one = train(SPEC, data, train, 1);
        Result two = train(SPEC, data, train, 2);

        assertEquals(one.history, two.history);
        for (int i = 0; i < one.weights.length; i++) {
            assertArrayEquals(one.weights[i], two.weights[i], "param " + i + " differs between 1 and 2 threads");
        }
    }

    @Test
    void aConvolutionalNetworkIsBitIdenticalAcrossThreadCounts() {
        ModelSpec cnn = Model.builder()
                .input(1, 12, 12)
                .conv(8, 3, ActivationSpec.RELU, 1, Padding.SAME)
                .batchnorm()
                .maxpool(2)
                .dropout(0.2)
                .conv(6, 3, ActivationSpec.RELU, 2, Padding.VALID)
                .avgpool(1)
                .globalAvgpool()
                .dense(10, ActivationSpec.SOFTMAX)
                .spec();
        Dataset data = TestData.blobs(300, 144, 10, 3);
        TrainSpec train = TrainSpec.builder()
                .epochs(2)
                .batchSize(32)
                .validationFraction(0.2)
                .build();

        Result one = train(cnn, data, train, 1);
        Result two = train(cnn, data, train, 2);

        assertEquals(one.history, two.history);
        assertEquals(one.weights.length, two.weights.length);
        for (int i = 0; i < one.weights.length; i++) {
            assertArrayEquals(one.weights[i], two.weights[i], "array " + i + " differs between 1 and 2 threads");
        }
    }

    @Test
    void differentSeedsGiveDifferentWeights() {
        Dataset data = TestData.blobs(100, 200, 10, 1);
        float[] a = Model.create(SPEC, 1).network().params().get(0).value();
        float[] b = Model.create(SPEC, 2).network().params().get(0).value();
        assertFalse(java.util.Arrays.equals(a, b));
        assertEquals(100, data.rows());
    }

    private record Result(float[][] weights, List<Double> history) {}

    private static Result train(ModelSpec spec, Dataset data, TrainSpec train, int threads) {
        try (ComputePool pool = new ComputePool(threads)) {
            Model model = Model.create(spec, 42, pool);
            model.fit(data, FitOptions.builder().spec(train).seed(7).build());
            List<Double> figures = model.history().epochs().stream()
                    .flatMap(m -> java.util.stream.Stream.of(m.loss(), m.accuracy(), m.valLoss(), m.valAccuracy()))
                    .toList();
            return new Result(model.network().copyWeights(), figures);
        }
    }
}
