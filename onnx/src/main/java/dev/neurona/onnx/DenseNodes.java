package dev.neurona.onnx;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.dense.DenseSpec;
import java.util.List;

/** {@code dense}: Gemm with the runtime's {@code inputs × units} weights as they are (no transpose), then the activation. */
final class DenseNodes {
    private DenseNodes() {}

    static Flow add(GraphBuilder graph, String name, LayerSpec spec, Layer layer, Flow in) {
        DenseSpec dense = (DenseSpec) spec;
        Flow x = in.asVector(graph, name);
        int inputs = x.shape().size();
        float[] weights = layer.params().get(0).value();
        float[] bias = layer.params().get(1).value();
        String w = graph.floats(name + ".weights", weights, inputs, dense.units());
        String b = graph.floats(name + ".bias", bias, dense.units());
        String z = graph.node(name, "Gemm", List.of(x.tensor(), w, b));
        return new Flow(ActivationNodes.apply(graph, name, dense.activation(), z), Shape.vector(dense.units()));
    }
}
