package dev.neurona.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BatchPredictTest {

    /** A batch of raw rows gives, bit for bit, what each row gives alone: the one-row path and the tiles agree. */
    @Test
    void aBatchOfRawRowsGivesWhatEachRowGivesAlone() {
        Dataset blobs = TestData.blobs(300, 20, 4, 11);
        Model model = Model.builder()
                .input(20)
                .dense(37, ActivationSpec.RELU)
                .dense(4, ActivationSpec.SOFTMAX)
                .build(3);
        model.fit(
                blobs,
                TrainSpec.builder()
                        .epochs(2)
                        .batchSize(16)
                        .optimizer(OptimizerSpec.adam(0.01))
                        .build());
        SplittableRandom random = new SplittableRandom(5);
        for (int rows : new int[] {1, 3, 4, 5, 64, 130}) {
            double[][] raw = new double[rows][20];
            for (double[] row : raw) Arrays.setAll(row, j -> random.nextGaussian() * 3);

            float[] batch = model.predict(raw);

            assertEquals(rows * 4, batch.length);
            for (int r = 0; r < rows; r++) {
                assertArrayEquals(
                        model.predict(raw[r]), Arrays.copyOfRange(batch, r * 4, r * 4 + 4), rows + " rows, row " + r);
            }
        }
    }
}
