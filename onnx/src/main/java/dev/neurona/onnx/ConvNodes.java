package dev.neurona.onnx;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.conv.Padding;
import java.util.List;

/**
 * {@code conv}: Conv with the runtime's {@code [F][C][K][K]} weights, which are ONNX's layout, and
 * explicit pads: {@code same} pads as Keras does, half before and the odd one after, which
 * ONNX's {@code auto_pad=SAME_UPPER} would too, written out so that no reader has to guess.
 */
final class ConvNodes {
    private ConvNodes() {}

    static Flow add(GraphBuilder graph, String name, LayerSpec spec, Layer layer, Flow in) {
        ConvSpec conv = (ConvSpec) spec;
        Shape input = in.shape();
        Shape out = conv.outputShape(input);
        int k = conv.kernel();
        int s = conv.stride();
        String w =
                graph.floats(name + ".weights", layer.params().get(0).value(), conv.filters(), input.channels(), k, k);
        String b = graph.floats(name + ".bias", layer.params().get(1).value(), conv.filters());
        long top = conv.padding().before(input.height(), k, s);
        long left = conv.padding().before(input.width(), k, s);
        long bottom = padding(conv.padding(), input.height(), k, s) - top;
        long right = padding(conv.padding(), input.width(), k, s) - left;
        String z = graph.node(
                name,
                "Conv",
                List.of(in.tensor(), w, b),
                GraphBuilder.ints("kernel_shape", k, k),
                GraphBuilder.ints("strides", s, s),
                GraphBuilder.ints("pads", top, left, bottom, right),
                GraphBuilder.ints("dilations", 1, 1),
                GraphBuilder.integer("group", 1));
        return new Flow(ActivationNodes.apply(graph, name, conv.activation(), z), out);
    }

    /** Zeros added along a side in all, before and after. */
    private static long padding(Padding padding, int size, int kernel, int stride) {
        if (padding == Padding.VALID) return 0;
        return Math.max((long) (padding.outputSize(size, kernel, stride) - 1) * stride + kernel - size, 0);
    }
}
