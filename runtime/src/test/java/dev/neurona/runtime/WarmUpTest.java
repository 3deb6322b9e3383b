package dev.neurona.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import org.junit.jupiter.api.Test;

/** Training while the warm-up runs beside it gives the same weights, bit for bit, as training alone. */
class WarmUpTest {

    @Test
    void theWarmUpChangesNoBitOfWhatTrainsBesideIt() {
        Dataset data = TestData.blobs(512, 64, 10, 3);
        float[][] alone = train(data);
        WarmUp.inBackground();
        for (int i = 0; i < 3; i++) {
            float[][] beside = train(data);
            for (int p = 0; p < alone.length; p++) assertArrayEquals(alone[p], beside[p], "param " + p);
        }
    }

    private static float[][] train(Dataset data) {
        try (ComputePool pool = new ComputePool(2)) {
            Model model = Model.create(
                    Model.builder()
                            .input(64)
                            .dense(64, ActivationSpec.RELU)
                            .dense(10, ActivationSpec.SOFTMAX)
                            .spec(),
                    5,
                    pool);
            model.fit(
                    data,
                    TrainSpec.builder()
                            .epochs(3)
                            .batchSize(32)
                            .optimizer(OptimizerSpec.adam(0.01))
                            .build());
            return model.network().copyWeights();
        }
    }
}
