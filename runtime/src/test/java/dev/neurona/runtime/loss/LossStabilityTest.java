package dev.neurona.runtime.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.TestData;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.nn.activation.Activation;
import dev.neurona.runtime.spec.ActivationKind;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.LossSpec;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Extreme logits must give finite, correct losses and gradients. */
class LossStabilityTest {

    @Test
    void softmaxOfHugeLogitsIsFiniteAndExact() {
        float[] z = {1000f, -1000f, 999f};
        float[] y = new float[3];
        Activation.of(ActivationSpec.SOFTMAX).forward(z, y, 1, 3);
        assertEquals(1 / (1 + Math.exp(-1)), y[0], 1e-6);
        assertEquals(0f, y[1]);
        assertEquals(Math.exp(-1) / (1 + Math.exp(-1)), y[2], 1e-6);
    }

    @Test
    void crossEntropyOfLogitsAtPlusMinus1000() {
        Dataset data = TestData.classification("t", new float[][] {{0}, {0}}, new int[] {0, 1}, 2);
        Targets targets = new Targets(2).gather(data, new int[] {0, 1}, 0, 2);
        FMatrixRMaj logits = new FMatrixRMaj(2, 2, true, 1000f, -1000f, 1000f, -1000f);
        FMatrixRMaj probs = new FMatrixRMaj(2, 2);
        Activation.of(ActivationSpec.SOFTMAX).forward(logits.data, probs.data, 2, 2);
        FMatrixRMaj grad = new FMatrixRMaj(1, 1);

        double loss =
                Loss.create(LossSpec.CROSS_ENTROPY, ActivationKind.SOFTMAX).compute(probs, logits, targets, grad);

        // Row 0 is right with certainty (loss 0); row 1 is wrong by 2000 nats.
        assertEquals(1000.0, loss, 1e-9);
        assertEquals(0f, grad.get(0, 0));
        assertEquals(-0.5f, grad.get(1, 1));
        assertEquals(0.5f, grad.get(1, 0));
    }

    @Test
    void binaryCrossEntropyOfSaturatedSigmoid() {
        Dataset data = TestData.classification("t", new float[][] {{0}, {0}}, new int[] {1, 0}, 2);
        Targets targets = new Targets(1).gather(data, new int[] {0, 1}, 0, 2);
        FMatrixRMaj logits = new FMatrixRMaj(2, 1, true, -200f, -200f);
        FMatrixRMaj out = new FMatrixRMaj(2, 1);
        Activation.of(ActivationSpec.SIGMOID).forward(logits.data, out.data, 2, 1);
        assertEquals(0f, out.get(0, 0), "the sigmoid saturates to exactly 0");
        FMatrixRMaj grad = new FMatrixRMaj(1, 1);

        double loss = Loss.create(LossSpec.BINARY_CROSS_ENTROPY, ActivationKind.SIGMOID)
                .compute(out, logits, targets, grad);

        // Row 0 (target 1) costs 200 nats instead of log(0) = infinity; row 1 costs ~0.
        assertEquals(100.0, loss, 1e-9);
        assertEquals(-0.5f, grad.get(0, 0), 1e-7);
        assertTrue(Float.isFinite(grad.get(1, 0)));
    }

    @Test
    void sigmoidAndTanhDoNotOverflow() {
        float[] z = {-1e30f, 1e30f, -88.8f, 88.8f};
        float[] y = new float[4];
        Activation.of(ActivationSpec.SIGMOID).forward(z, y, 1, 4);
        assertEquals(0f, y[0]);
        assertEquals(1f, y[1]);
        Activation.of(ActivationSpec.elu()).forward(z, y, 1, 4);
        assertEquals(-1f, y[0]);
        for (float v : y) assertTrue(Float.isFinite(v));
    }
}
