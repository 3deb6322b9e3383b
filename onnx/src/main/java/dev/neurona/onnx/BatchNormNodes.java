package dev.neurona.onnx;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.norm.BatchNormSpec;
import java.util.List;

/**
 * {@code batchnorm} at inference: BatchNormalization with γ, β and the running mean and variance
 * the model keeps, per channel of {@code [N, C, H, W]} maps or per unit of {@code [N, C]} vectors.
 */
final class BatchNormNodes {
    private BatchNormNodes() {}

    static Flow add(GraphBuilder graph, String name, LayerSpec spec, Layer layer, Flow in) {
        BatchNormSpec norm = (BatchNormSpec) spec;
        long channels = in.shape().channels();
        String gamma = graph.floats(name + ".gamma", layer.params().get(0).value(), channels);
        String beta = graph.floats(name + ".beta", layer.params().get(1).value(), channels);
        String mean = graph.floats(name + ".running_mean", layer.state().get(0), channels);
        String variance = graph.floats(name + ".running_variance", layer.state().get(1), channels);
        String y = graph.node(
                name,
                "BatchNormalization",
                List.of(in.tensor(), gamma, beta, mean, variance),
                GraphBuilder.real("epsilon", (float) norm.epsilon()));
        return new Flow(y, in.shape());
    }
}
