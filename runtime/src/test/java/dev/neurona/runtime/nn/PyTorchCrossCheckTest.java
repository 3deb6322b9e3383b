package dev.neurona.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.flatten.FlattenSpec;
import dev.neurona.runtime.nn.norm.BatchNormSpec;
import dev.neurona.runtime.nn.pool.GlobalAvgPoolSpec;
import dev.neurona.runtime.nn.pool.PoolSpec;
import dev.neurona.runtime.optim.Param;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The layers on maps against PyTorch: for each case of {@code pytorch-layers.txt} (written once by
 * {@code bench/peers/make_layer_fixtures.py}, whose comment says how each layer maps onto
 * PyTorch's), the same weights and input must give PyTorch's output, and for L = Σ y·r its
 * gradients with respect to the input and every parameter, and batchnorm's running statistics.
 * The network is built from a {@link ModelSpec} and given the weights with
 * {@link Network#setWeights}, in a model file's order (every param, then every layer's state).
 * Float32 on both sides, summed in different orders: equal to 1e-4 of the value, plus 2e-5.
 */
class PyTorchCrossCheckTest {
    private static final String FIXTURE = "pytorch-layers.txt";

    @TestFactory
    Stream<DynamicTest> everyCaseGivesPyTorchsOutputAndGradients() throws IOException {
        List<Case> cases = read();
        assertTrue(cases.size() >= 12, "the fixture has " + cases.size() + " cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name, () -> check(c)));
    }

    private static void check(Case c) {
        Network network = new Network(new ModelSpec(c.inputDims, c.layers), 1, new ComputePool(1));
        List<Param> params = network.params();
        long paramCount =
                c.values.keySet().stream().filter(k -> k.startsWith("param ")).count();
        assertEquals(paramCount, params.size(), "params");
        // What a model file holds, in its order: every param, then every layer's state.
        List<float[]> weights = new ArrayList<>();
        for (int i = 0; i < paramCount; i++) weights.add(c.get("param " + i));
        List<Layer> stateful = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (layer.state().isEmpty()) continue;
            float[] both = c.get("state " + stateful.size());
            int at = 0;
            for (float[] array : layer.state()) {
                weights.add(Arrays.copyOfRange(both, at, at + array.length));
                at += array.length;
            }
            assertEquals(both.length, at, "state size");
            stateful.add(layer);
        }
        network.setWeights(weights.toArray(new float[0][]));

        FMatrixRMaj y = network.forward(FMatrixRMaj.wrap(c.batch, c.input.size(), c.get("x")), c.training);
        assertClose(c.name + ": output", c.get("y"), Arrays.copyOf(y.data, y.numRows * y.numCols));

        // Layer by layer rather than Network.backward, which skips the first layer's input gradient;
        // at inference too (batchnorm is then affine), where no conv needs a training pass first.
        if (c.training || c.layers.stream().noneMatch(ConvSpec.class::isInstance)) {
            List<Layer> layers = network.layers();
            FMatrixRMaj g = FMatrixRMaj.wrap(c.batch, network.outputWidth(), c.get("r"));
            for (int i = layers.size() - 1; i >= 0; i--) g = layers.get(i).backward(g, false, true);
            assertClose(c.name + ": input gradient", c.get("dx"), Arrays.copyOf(g.data, g.numRows * g.numCols));
            for (int i = 0; i < params.size(); i++) {
                assertClose(
                        c.name + ": gradient of " + params.get(i).name(),
                        c.get("grad " + i),
                        params.get(i).grad());
            }
        }
        for (int i = 0; i < stateful.size(); i++) {
            List<float[]> state = stateful.get(i).state();
            float[] both = new float[state.get(0).length + state.get(1).length];
            System.arraycopy(state.get(0), 0, both, 0, state.get(0).length);
            System.arraycopy(state.get(1), 0, both, state.get(0).length, state.get(1).length);
            assertClose(c.name + ": running mean and variance", c.get("state_after " + i), both);
        }
    }

    private static void assertClose(String what, float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double tolerance = 1e-4 * Math.abs(expected[i]) + 2e-5;
            assertTrue(
                    Math.abs(expected[i] - actual[i]) <= tolerance,
                    what + " [" + i + "]: PyTorch " + expected[i] + ", Neurona " + actual[i]);
        }
    }

    /** One case of the fixture. */
    private static final class Case {
        String name;
        List<Integer> inputDims;
        Shape input;
        int batch;
        boolean training;
        final List<LayerSpec> layers = new ArrayList<>();
        final Map<String, float[]> values = new HashMap<>();

        float[] get(String key) {
            float[] v = values.get(key);
            assertTrue(v != null, name + ": the fixture has no '" + key + "'");
            return v.clone();
        }
    }

    private static List<Case> read() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PyTorchCrossCheckTest.class.getResourceAsStream(FIXTURE), StandardCharsets.UTF_8))) {
            Case c = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] w = line.split(" ");
                switch (w[0]) {
                    case "case" -> {
                        c = new Case();
                        c.name = line.substring(5);
                    }
                    case "input" -> {
                        c.inputDims = Arrays.stream(w[1].split("x"))
                                .map(Integer::valueOf)
                                .toList();
                        c.input = Shape.ofInput(c.inputDims);
                    }
                    case "batch" -> c.batch = Integer.parseInt(w[1]);
                    case "training" -> c.training = Boolean.parseBoolean(w[1]);
                    case "layer" -> c.layers.add(layer(Arrays.copyOfRange(w, 1, w.length)));
                    case "param", "grad", "state", "state_after" -> c.values.put(w[0] + " " + w[1], floats(w, 2));
                    case "x", "y", "r", "dx" -> c.values.put(w[0], floats(w, 1));
                    case "end" -> cases.add(c);
                    default -> throw new IllegalStateException("unknown fixture line: " + w[0]);
                }
            }
        }
        return cases;
    }

    private static LayerSpec layer(String[] w) {
        return switch (w[0]) {
            case "conv" ->
                new ConvSpec(
                        Integer.parseInt(w[1]),
                        Integer.parseInt(w[2]),
                        Integer.parseInt(w[3]),
                        Padding.valueOf(w[4].toUpperCase(Locale.ROOT)),
                        activation(w[5]),
                        InitSpec.AUTO);
            case "maxpool" -> new PoolSpec(PoolSpec.Op.MAX, Integer.parseInt(w[1]), Integer.parseInt(w[2]));
            case "avgpool" -> new PoolSpec(PoolSpec.Op.AVG, Integer.parseInt(w[1]), Integer.parseInt(w[2]));
            case "global_avgpool" -> new GlobalAvgPoolSpec();
            case "flatten" -> new FlattenSpec();
            case "dense" -> new DenseSpec(Integer.parseInt(w[1]), activation(w[2]));
            case "batchnorm" -> new BatchNormSpec(Double.parseDouble(w[1]), Double.parseDouble(w[2]));
            default -> throw new IllegalStateException("unknown layer in the fixture: " + w[0]);
        };
    }

    private static ActivationSpec activation(String name) {
        return switch (name) {
            case "linear" -> ActivationSpec.LINEAR;
            case "relu" -> ActivationSpec.RELU;
            case "tanh" -> ActivationSpec.TANH;
            case "sigmoid" -> ActivationSpec.SIGMOID;
            default -> throw new IllegalStateException("unknown activation in the fixture: " + name);
        };
    }

    private static float[] floats(String[] words, int from) {
        float[] values = new float[words.length - from];
        for (int i = 0; i < values.length; i++) values[i] = Float.parseFloat(words[from + i]);
        return values;
    }
}
