package dev.neurona.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.TestData;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.loss.Loss;
import dev.neurona.runtime.loss.Targets;
import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.optim.Param;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.LossSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layer, activation and loss against central finite differences: the backward pass must
 * agree with (L(w + ε) − L(w − ε)) / 2ε for every weight of a small network around it.
 */
class GradientCheckTest {
    private static final float EPS = 5e-3f;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("linear", hidden(ActivationSpec.LINEAR), LossSpec.MSE),
                Arguments.of("relu", hidden(ActivationSpec.RELU), LossSpec.MSE),
                Arguments.of("leaky_relu", hidden(ActivationSpec.leakyRelu(0.1)), LossSpec.MSE),
                Arguments.of("elu", hidden(ActivationSpec.elu(1.0)), LossSpec.MSE),
                Arguments.of("gelu", hidden(ActivationSpec.GELU), LossSpec.MSE),
                Arguments.of("sigmoid", hidden(ActivationSpec.SIGMOID), LossSpec.MSE),
                Arguments.of("tanh", hidden(ActivationSpec.TANH), LossSpec.MSE),
                Arguments.of(
                        "activation line",
                        List.of(
                                new DenseSpec(5, ActivationSpec.LINEAR),
                                new ActivationLayerSpec(ActivationSpec.TANH),
                                new DenseSpec(3, ActivationSpec.LINEAR)),
                        LossSpec.MSE),
                Arguments.of(
                        "dropout",
                        List.of(
                                new DenseSpec(6, ActivationSpec.TANH),
                                new DropoutSpec(0.4),
                                new DenseSpec(3, ActivationSpec.LINEAR)),
                        LossSpec.MSE),
                Arguments.of("mae", hidden(ActivationSpec.TANH), LossSpec.MAE),
                Arguments.of("huber", hidden(ActivationSpec.TANH), LossSpec.huber(0.5)),
                Arguments.of("softmax + mse", output(3, ActivationSpec.SOFTMAX), LossSpec.MSE),
                Arguments.of(
                        "softmax line + cross_entropy",
                        List.of(
                                new DenseSpec(5, ActivationSpec.TANH),
                                new DenseSpec(3, ActivationSpec.LINEAR),
                                new ActivationLayerSpec(ActivationSpec.SOFTMAX)),
                        LossSpec.CROSS_ENTROPY),
                Arguments.of("cross_entropy", output(3, ActivationSpec.SOFTMAX), LossSpec.CROSS_ENTROPY),
                Arguments.of("sigmoid + mse", output(1, ActivationSpec.SIGMOID), LossSpec.MSE),
                Arguments.of("binary_cross_entropy", output(1, ActivationSpec.SIGMOID), LossSpec.BINARY_CROSS_ENTROPY),
                Arguments.of(
                        "multi-output binary_cross_entropy",
                        output(3, ActivationSpec.SIGMOID),
                        LossSpec.BINARY_CROSS_ENTROPY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void backwardMatchesFiniteDifferences(String name, List<LayerSpec> layers, LossSpec lossSpec) {
        ModelSpec spec = new ModelSpec(List.of(4), layers);
        Network network = new Network(spec, 11, new ComputePool(1));
        Loss loss = Loss.create(lossSpec, spec.outputActivation().kind());
        Dataset data = data(spec.outputWidth(), lossSpec);
        int[] order = java.util.stream.IntStream.range(0, data.rows()).toArray();
        Targets targets = new Targets(spec.outputWidth()).gather(data, order, 0, data.rows());
        FMatrixRMaj input = new FMatrixRMaj(data.rows(), data.width(), true, data.features());

        FMatrixRMaj grad = new FMatrixRMaj(1, 1);
        network.reseedNoise(5);
        FMatrixRMaj out = network.forward(input, true);
        loss.compute(out, network.logits(), targets, grad);
        network.backward(grad, loss.fused());

        for (Param p : network.params()) {
            float[] analytic = p.grad().clone();
            for (int i = 0; i < p.size(); i++) {
                float saved = p.value()[i];
                p.value()[i] = saved + EPS;
                double plus = lossOf(network, loss, input, targets);
                p.value()[i] = saved - EPS;
                double minus = lossOf(network, loss, input, targets);
                p.value()[i] = saved;
                double numeric = (plus - minus) / (2 * EPS);
                double tolerance = 2e-2 * Math.max(Math.abs(numeric), Math.abs(analytic[i])) + 3e-4;
                assertTrue(
                        Math.abs(numeric - analytic[i]) <= tolerance,
                        name + ": " + p.name() + "[" + i + "] analytic " + analytic[i] + " vs numeric " + numeric);
            }
        }
    }

    private static double lossOf(Network network, Loss loss, FMatrixRMaj input, Targets targets) {
        network.reseedNoise(5);
        FMatrixRMaj out = network.forward(input, true);
        return loss.compute(out, network.logits(), targets, null);
    }

    private static List<LayerSpec> hidden(ActivationSpec activation) {
        return List.of(new DenseSpec(5, activation), new DenseSpec(3, ActivationSpec.LINEAR));
    }

    private static List<LayerSpec> output(int units, ActivationSpec activation) {
        return List.of(new DenseSpec(5, ActivationSpec.TANH), new DenseSpec(units, activation));
    }

    /** Eight rows of four features; classes for the class losses, numbers in (0, 1) otherwise. */
    private static Dataset data(int outputs, LossSpec loss) {
        SplittableRandom random = new SplittableRandom(3);
        float[][] x = new float[8][4];
        for (float[] row : x) for (int j = 0; j < 4; j++) row[j] = (float) random.nextGaussian();
        boolean classes = loss.kind() == dev.neurona.runtime.spec.LossKind.CROSS_ENTROPY
                || (loss.kind() == dev.neurona.runtime.spec.LossKind.BINARY_CROSS_ENTROPY && outputs == 1);
        if (classes) {
            int k = Math.max(outputs, 2);
            int[] y = new int[8];
            for (int i = 0; i < 8; i++) y[i] = i % k;
            return TestData.classification("check", x, y, k);
        }
        float[][] t = new float[8][outputs];
        for (float[] row : t) for (int j = 0; j < outputs; j++) row[j] = (float) (0.1 + 0.8 * random.nextDouble());
        return TestData.regression("check", x, t);
    }
}
