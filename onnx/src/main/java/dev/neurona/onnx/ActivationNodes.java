package dev.neurona.onnx;

import dev.neurona.runtime.spec.ActivationSpec;
import java.util.List;

/**
 * Each activation the language has, in standard operators of opset {@value OnnxExport#OPSET}.
 * GELU is the runtime's tanh form, {@code x/2 · (1 + tanh(√(2/π) · (x + 0.044715 x³)))}, written
 * out in Mul, Add and Tanh: ONNX's own Gelu operator only arrives with opset 20, which older
 * runtimes (and many converters) do not read yet.
 */
final class ActivationNodes {
    private ActivationNodes() {}

    /** {@code f(x)} for the tensor {@code x}; {@code x} itself for {@code linear}. */
    static String apply(GraphBuilder graph, String scope, ActivationSpec activation, String x) {
        return switch (activation.kind()) {
            case LINEAR -> x;
            case RELU -> graph.node(scope, "Relu", List.of(x));
            case LEAKY_RELU ->
                graph.node(scope, "LeakyRelu", List.of(x), GraphBuilder.real("alpha", (float) activation.alpha()));
            case ELU -> graph.node(scope, "Elu", List.of(x), GraphBuilder.real("alpha", (float) activation.alpha()));
            case SIGMOID -> graph.node(scope, "Sigmoid", List.of(x));
            case TANH -> graph.node(scope, "Tanh", List.of(x));
            case SOFTMAX -> graph.node(scope, "Softmax", List.of(x), GraphBuilder.integer("axis", -1));
            case GELU -> gelu(graph, scope, x);
        };
    }

    private static String gelu(GraphBuilder graph, String scope, String x) {
        String gelu = scope + "/gelu";
        String cube = graph.node(gelu, "Mul", List.of(graph.node(gelu, "Mul", List.of(x, x)), x));
        String inner = graph.node(
                gelu, "Add", List.of(x, graph.node(gelu, "Mul", List.of(cube, graph.scalar(gelu + "/k", 0.044715f)))));
        String t = graph.node(
                gelu, "Tanh", List.of(graph.node(gelu, "Mul", List.of(inner, graph.scalar(gelu + "/c", (float)
                        Math.sqrt(2 / Math.PI))))));
        String half = graph.node(gelu, "Mul", List.of(x, graph.scalar(gelu + "/half", 0.5f)));
        return graph.node(
                gelu, "Mul", List.of(half, graph.node(gelu, "Add", List.of(t, graph.scalar(gelu + "/one", 1f)))));
    }
}
