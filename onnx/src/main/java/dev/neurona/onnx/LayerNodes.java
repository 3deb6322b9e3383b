package dev.neurona.onnx;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.nn.flatten.FlattenSpec;
import dev.neurona.runtime.nn.norm.BatchNormSpec;
import dev.neurona.runtime.nn.pool.GlobalAvgPoolSpec;
import dev.neurona.runtime.nn.pool.PoolSpec;
import java.util.List;
import java.util.Map;

/** Every layer kind's ONNX nodes, one line per kind; a kind missing here is refused by name. */
final class LayerNodes {

    /** Adds one layer's nodes after {@code in} and says where the graph then stands. */
    @FunctionalInterface
    interface Export {
        Flow add(GraphBuilder graph, String name, LayerSpec spec, Layer layer, Flow in);
    }

    private static final Map<Class<? extends LayerSpec>, Export> EXPORTS = Map.of(
            DenseSpec.class, DenseNodes::add,
            ConvSpec.class, ConvNodes::add,
            PoolSpec.class, PoolNodes::add,
            GlobalAvgPoolSpec.class, PoolNodes::addGlobal,
            FlattenSpec.class, (graph, name, spec, layer, in) -> in.asVector(graph, name),
            DropoutSpec.class,
                    (graph, name, spec, layer, in) ->
                            new Flow(graph.node(name, "Identity", List.of(in.tensor())), in.shape()),
            ActivationLayerSpec.class,
                    (graph, name, spec, layer, in) -> new Flow(
                            ActivationNodes.apply(graph, name, ((ActivationLayerSpec) spec).activation(), in.tensor()),
                            in.shape()),
            BatchNormSpec.class, BatchNormNodes::add);

    private LayerNodes() {}

    static Flow add(GraphBuilder graph, String name, LayerSpec spec, Layer layer, Flow in) {
        Export export = EXPORTS.get(spec.getClass());
        if (export == null) {
            throw new OnnxExportException(
                    "layer " + name + " (" + spec.describe() + ") has no ONNX form yet: the export knows "
                            + "dense, conv, maxpool, avgpool, global_avgpool, flatten, dropout, activation and batchnorm");
        }
        return export.add(graph, name, spec, layer, in);
    }
}
