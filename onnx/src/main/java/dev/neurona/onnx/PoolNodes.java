package dev.neurona.onnx;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.pool.PoolSpec;
import java.util.List;

/** {@code maxpool}, {@code avgpool} (windows inside the map, no padding) and {@code global_avgpool}. */
final class PoolNodes {
    private PoolNodes() {}

    static Flow add(GraphBuilder graph, String name, LayerSpec spec, Layer layer, Flow in) {
        PoolSpec pool = (PoolSpec) spec;
        String op = pool.op() == PoolSpec.Op.MAX ? "MaxPool" : "AveragePool";
        String y = graph.node(
                name,
                op,
                List.of(in.tensor()),
                GraphBuilder.ints("kernel_shape", pool.window(), pool.window()),
                GraphBuilder.ints("strides", pool.stride(), pool.stride()),
                GraphBuilder.ints("pads", 0, 0, 0, 0));
        return new Flow(y, pool.outputShape(in.shape()));
    }

    /** One mean per channel; the runtime then holds a vector of C values, so the 1×1 maps are flattened. */
    static Flow addGlobal(GraphBuilder graph, String name, LayerSpec spec, Layer layer, Flow in) {
        String y = graph.node(name, "GlobalAveragePool", List.of(in.tensor()));
        String flat = graph.node(name, "Flatten", List.of(y), GraphBuilder.integer("axis", 1));
        return new Flow(flat, Shape.vector(in.shape().channels()));
    }
}
