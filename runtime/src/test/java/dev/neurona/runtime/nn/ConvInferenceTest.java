package dev.neurona.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** A conv layer's inference pass (a few shared buffers) gives its training pass's bits, at any thread count. */
class ConvInferenceTest {

    @Test
    void inferenceGivesTheTrainingPassesOutputAndPreActivationBitForBit() {
        Shape input = Shape.map(3, 9, 7);
        ConvSpec spec = new ConvSpec(5, 3, 2, Padding.SAME, ActivationSpec.TANH, InitSpec.AUTO);
        FMatrixRMaj x = new FMatrixRMaj(37, input.size());
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < x.data.length; i++) x.data[i] = (float) random.nextGaussian();

        Layer training = spec.build(
                input, new LayerContext("conv1", new SplittableRandom(8), new ComputePool(1), new NoiseSource()));
        float[] expected = training.forward(x, true).data.clone();
        float[] expectedPre = Arrays.copyOf(training.preActivation().data, expected.length);
        for (int threads : new int[] {1, 2, 3}) {
            Layer layer = spec.build(
                    input,
                    new LayerContext("conv1", new SplittableRandom(8), new ComputePool(threads), new NoiseSource()));
            assertArrayEquals(
                    expected, Arrays.copyOf(layer.forward(x, false).data, expected.length), threads + " threads");
            assertArrayEquals(expectedPre, Arrays.copyOf(layer.preActivation().data, expected.length));
            assertThrows(IllegalStateException.class, () -> layer.backward(layer.forward(x, false), false, true));
        }
    }
}
