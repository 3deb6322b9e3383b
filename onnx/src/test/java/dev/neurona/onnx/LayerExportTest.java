package dev.neurona.onnx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.ModelBuilder;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.spec.ActivationKind;
import dev.neurona.runtime.spec.ActivationSpec;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every layer kind and every activation, exported and run in ONNX Runtime, gives what the model
 * gives, for one row and for 64: within 1e-5 for dense networks, 1e-4 with convolutions. The
 * weights (and batch normalisation's running statistics) are random, not the initial ones, so
 * that a mixed-up layout or a missing bias shows.
 */
class LayerExportTest {
    private static final double DENSE = 1e-5;
    private static final double CONV = 1e-4;

    record Case(String name, Supplier<ModelBuilder> model, double tolerance) {}

    @TestFactory
    Stream<DynamicTest> everyLayerKindMatchesTheRuntime() {
        Stream<Case> activations = Stream.of(ActivationKind.values())
                .filter(kind -> kind != ActivationKind.SOFTMAX)
                .map(kind -> new Case(
                        "dense " + kind.keyword(),
                        () -> Model.builder()
                                .input(7)
                                .dense(12, ActivationSpec.of(kind))
                                .dense(5, ActivationSpec.SOFTMAX),
                        DENSE));
        Stream<Case> others = Stream.of(
                new Case(
                        "leaky_relu(0.2), elu(0.5), activation line",
                        () -> Model.builder()
                                .input(6)
                                .dense(9, ActivationSpec.leakyRelu(0.2))
                                .dense(9, ActivationSpec.elu(0.5))
                                .activation(ActivationSpec.TANH)
                                .dense(2),
                        DENSE),
                new Case(
                        "dropout and batchnorm after dense",
                        () -> Model.builder()
                                .input(8)
                                .dense(16, ActivationSpec.RELU)
                                .dropout(0.5)
                                .batchnorm()
                                .dense(3, ActivationSpec.SOFTMAX),
                        DENSE),
                new Case("one sigmoid unit", () -> Model.builder().input(4).dense(1, ActivationSpec.SIGMOID), DENSE),
                new Case(
                        "conv valid, maxpool, dense",
                        () -> Model.builder()
                                .input(1, 12, 12)
                                .conv(4, 3, ActivationSpec.RELU)
                                .maxpool(2)
                                .dense(10, ActivationSpec.SOFTMAX),
                        CONV),
                new Case(
                        "conv same stride 2 on 3 channels, avgpool stride 1",
                        () -> Model.builder()
                                .input(3, 11, 9)
                                .conv(5, 4, ActivationSpec.GELU, 2, Padding.SAME)
                                .layer(new dev.neurona.runtime.nn.pool.PoolSpec(
                                        dev.neurona.runtime.nn.pool.PoolSpec.Op.AVG, 2, 1))
                                .flatten()
                                .dense(3),
                        CONV),
                new Case(
                        "conv same, batchnorm on maps, global_avgpool",
                        () -> Model.builder()
                                .input(2, 10, 10)
                                .conv(6, 3, ActivationSpec.LINEAR, 1, Padding.SAME)
                                .batchnorm()
                                .activation(ActivationSpec.leakyRelu(0.1))
                                .conv(4, 5, ActivationSpec.elu(1), 1, Padding.SAME)
                                .globalAvgpool()
                                .dense(4, ActivationSpec.SOFTMAX),
                        CONV),
                new Case(
                        "maxpool window 3 stride 2, flatten then dropout",
                        () -> Model.builder()
                                .input(1, 9, 9)
                                .conv(3, 2, ActivationSpec.SIGMOID)
                                .maxpool(3)
                                .layer(new dev.neurona.runtime.nn.pool.PoolSpec(
                                        dev.neurona.runtime.nn.pool.PoolSpec.Op.MAX, 2, 1))
                                .flatten()
                                .dropout(0.2)
                                .dense(2),
                        CONV));
        return Stream.concat(activations, others).map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) throws Exception {
        Model model = c.model().get().build(11);
        randomise(model, new SplittableRandom(c.name().hashCode()));
        byte[] onnx = OnnxExport.toBytes(model);
        int width = model.network().inputWidth();
        for (int rows : new int[] {1, 64}) {
            float[] features = new float[rows * width];
            SplittableRandom random = new SplittableRandom(rows);
            for (int i = 0; i < features.length; i++) features[i] = (float) random.nextDouble(-2, 2);
            float[] ours = model.network().predict(features, rows);
            float[] theirs;
            try (OnnxRuntimeRun run = new OnnxRuntimeRun(onnx)) {
                theirs = run.floats(PreprocessingNodes.FEATURES, features, rows).run(Outputs.OUTPUTS);
            }
            double diff = OnnxRuntimeRun.maxAbsDiff(ours, theirs);
            assertTrue(diff <= c.tolerance(), c.name() + ", " + rows + " rows: max abs diff " + diff);
        }
    }

    /** Weights in ±0.5, and batch normalisation's running variances in (0.5, 2) (its state comes after every param). */
    private static void randomise(Model model, SplittableRandom random) {
        float[][] weights = model.network().copyWeights();
        int params = model.network().params().size();
        for (int i = 0; i < weights.length; i++) {
            boolean variance = i >= params && (i - params) % 2 == 1;
            for (int j = 0; j < weights[i].length; j++) {
                weights[i][j] = (float) (variance ? random.nextDouble(0.5, 2) : random.nextDouble(-0.5, 0.5));
            }
        }
        model.network().setWeights(weights);
    }
}
