package dev.neurona.onnx;

import dev.neurona.runtime.nn.Shape;

/**
 * Where the graph stands between two layers: the tensor that holds the values and their shape per
 * example. A map is held {@code [N, C, H, W]}, as the runtime holds it; a vector {@code [N, size]}.
 */
record Flow(String tensor, Shape shape) {

    /** This flow as {@code [N, size]}: a map is flattened in C·H·W order, the runtime's own order. */
    Flow asVector(GraphBuilder graph, String scope) {
        if (!shape.isMap()) return this;
        String flat = graph.node(scope, "Flatten", java.util.List.of(tensor), GraphBuilder.integer("axis", 1));
        return new Flow(flat, Shape.vector(shape.size()));
    }
}
