package dev.neurona.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sizes that pass an int are counted exactly and refused before the weights are allocated, from
 * the Java builder as from a script: 46341 × 46341 once wrapped to a negative array size.
 */
class OversizedLayerTest {

    @Test
    void refusesADenseLayerWhoseWeightsPassAnArray() {
        ModelSpec spec = ModelSpec.of(46341, new DenseSpec(46341, ActivationSpec.LINEAR));

        ShapeException e = assertThrows(ShapeException.class, () -> new Network(spec, 1, new ComputePool(1)));

        assertEquals("'dense 46341' after 46341 inputs has more weights than one array holds", e.getMessage());
    }

    @Test
    void countsAHugeWindowWithoutWrapping() {
        ConvSpec conv = new ConvSpec(
                Integer.MAX_VALUE, Integer.MAX_VALUE, 1, Padding.SAME, ActivationSpec.LINEAR, InitSpec.AUTO);

        assertThrows(ArithmeticException.class, () -> conv.parameterCount(Shape.map(Integer.MAX_VALUE, 1, 1)));
        assertEquals(4L * 3 * 3 * 8 + 4, new ConvSpec(4, 3, ActivationSpec.LINEAR).parameterCount(Shape.map(8, 5, 5)));
    }

    @Test
    void stillBuildsAnOrdinaryLayer() {
        Network network = new Network(ModelSpec.of(4, new DenseSpec(8, ActivationSpec.LINEAR)), 1, new ComputePool(1));
        assertEquals(
                List.of(32, 8),
                network.params().stream().map(p -> p.value().length).toList());
    }
}
