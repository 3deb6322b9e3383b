package dev.neurona.runtime.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.pool.PoolSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizingAdviceTest {

    @Test
    void tabularFirstHiddenLayerOfThreeTimesTheInputsFitsAndMorePointsItOut() {
        assertEquals(List.of(Advice.Kind.SIZES_FIT), kinds(ModelSpec.of(4, relu(12), softmax(3)), null));
        assertEquals(
                List.of(new Advice(Advice.Kind.TABULAR_FIRST_TOO_WIDE, 13, 4)),
                SizingAdvice.of(ModelSpec.of(4, relu(13), softmax(3)), null));
        assertEquals(
                List.of(new Advice(Advice.Kind.TABULAR_FIRST_TOO_NARROW, 3, 4)),
                SizingAdvice.of(ModelSpec.of(4, relu(3), softmax(3)), null));
    }

    @Test
    void tabularDataWithTwoHiddenLayersIsToldOneUsuallyServes() {
        assertEquals(
                List.of(new Advice(Advice.Kind.TABULAR_MANY_HIDDEN, 8, 2)),
                SizingAdvice.of(ModelSpec.of(4, relu(8), relu(8), softmax(3)), null));
    }

    @Test
    void anImagesFirstDenseLayerShouldBeFarSmallerThanItsPixels() {
        assertEquals(List.of(Advice.Kind.SIZES_FIT), kinds(image(relu(128), softmax(10)), null));
        assertEquals(List.of(Advice.Kind.SIZES_FIT), kinds(image(relu(392), softmax(10)), null), "half the pixels");
        assertEquals(
                List.of(new Advice(Advice.Kind.IMAGE_FIRST_TOO_WIDE, 512, 784)),
                SizingAdvice.of(image(relu(512), relu(512), softmax(10)), null));
    }

    @Test
    void aConvolutionalNetworkIsNotHeldToTheMlpRules() {
        ModelSpec cnn = new ModelSpec(
                List.of(1, 28, 28),
                List.of(
                        new ConvSpec(16, 3, ActivationSpec.RELU),
                        new PoolSpec(PoolSpec.Op.MAX, 2),
                        relu(2000),
                        softmax(10)));
        assertEquals(List.of(Advice.Kind.SIZES_FIT), kinds(cnn, null));
    }

    @Test
    void theOutputIsCheckedAgainstTheDataOnceKnown() {
        Schema threeClasses = new Schema(
                List.of("a", "b", "c", "d"),
                List.of(4),
                Task.CLASSIFICATION,
                List.of("x", "y", "z"),
                List.of("species"));
        Schema twoClasses = new Schema(
                List.of("a", "b", "c", "d"), List.of(4), Task.CLASSIFICATION, List.of("x", "y"), List.of("species"));
        Schema regression =
                new Schema(List.of("a", "b", "c", "d"), List.of(4), Task.REGRESSION, List.of(), List.of("price"));
        assertEquals(List.of(Advice.Kind.SIZES_FIT), kinds(ModelSpec.of(4, relu(8), softmax(3)), threeClasses));
        assertEquals(
                List.of(new Advice(Advice.Kind.CLASS_OUTPUTS, 4, 3)),
                SizingAdvice.of(ModelSpec.of(4, relu(8), softmax(4)), threeClasses));
        assertEquals(
                List.of(Advice.Kind.SIZES_FIT),
                kinds(ModelSpec.of(4, relu(8), new DenseSpec(1, ActivationSpec.SIGMOID)), twoClasses));
        assertEquals(
                List.of(new Advice(Advice.Kind.REGRESSION_OUTPUTS, 2, 1)),
                SizingAdvice.of(ModelSpec.of(4, relu(8), new DenseSpec(2, ActivationSpec.LINEAR)), regression));
    }

    private static List<Advice.Kind> kinds(ModelSpec spec, Schema schema) {
        return SizingAdvice.of(spec, schema).stream().map(Advice::kind).toList();
    }

    private static ModelSpec image(LayerSpec... layers) {
        return new ModelSpec(List.of(28, 28), List.of(layers));
    }

    private static DenseSpec relu(int units) {
        return new DenseSpec(units, ActivationSpec.RELU);
    }

    private static DenseSpec softmax(int units) {
        return new DenseSpec(units, ActivationSpec.SOFTMAX);
    }
}
