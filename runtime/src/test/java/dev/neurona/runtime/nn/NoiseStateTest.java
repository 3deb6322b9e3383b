package dev.neurona.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class NoiseStateTest {
    private static final ModelSpec SPEC = ModelSpec.of(6, new DenseSpec(8, ActivationSpec.RELU), new DropoutSpec(0.5));

    @Test
    void anotherNetworkContinuesTheMasksFromTheSavedState() {
        Network first = new Network(SPEC, 1, ComputePool.shared());
        Network second = new Network(SPEC, 1, ComputePool.shared());
        FMatrixRMaj input = new FMatrixRMaj(4, 6);
        for (int i = 0; i < input.data.length; i++) input.data[i] = 1 + i % 5;

        first.reseedNoise(9);
        first.forward(input, true);
        second.reseedNoise(first.noiseState());
        float[] next = first.forward(input, true).data.clone();
        float[] continued = second.forward(input, true).data.clone();

        assertArrayEquals(next, continued);
        second.reseedNoise(9);
        assertFalse(
                java.util.Arrays.equals(next, second.forward(input, true).data), "a fresh stream draws other masks");
    }
}
