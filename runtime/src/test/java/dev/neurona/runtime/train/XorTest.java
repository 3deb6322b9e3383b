package dev.neurona.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.TestData;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import org.junit.jupiter.api.Test;

/** The classic reason for hidden layers: a small MLP learns XOR exactly. */
class XorTest {

    @Test
    void hiddenLayerLearnsXor() {
        Dataset xor = TestData.xor();
        Model model = Model.builder()
                .input(2)
                .dense(8, ActivationSpec.TANH)
                .dense(1, ActivationSpec.SIGMOID)
                .build(7);

        model.fit(
                xor,
                TrainSpec.builder()
                        .optimizer(OptimizerSpec.adam(0.05))
                        .epochs(300)
                        .batchSize(4)
                        .build());

        Evaluation result = model.evaluate(xor);
        assertEquals(1.0, result.accuracy());
        assertEquals("1", model.predictClass(0, 1));
        assertEquals("0", model.predictClass(1, 1));
    }
}
