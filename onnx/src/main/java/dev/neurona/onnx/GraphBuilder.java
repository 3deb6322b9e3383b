package dev.neurona.onnx;

import dev.neurona.onnx.proto.OnnxProto.AttributeProto;
import dev.neurona.onnx.proto.OnnxProto.GraphProto;
import dev.neurona.onnx.proto.OnnxProto.NodeProto;
import dev.neurona.onnx.proto.OnnxProto.TensorProto;
import dev.neurona.onnx.proto.OnnxProto.TensorShapeProto;
import dev.neurona.onnx.proto.OnnxProto.TypeProto;
import dev.neurona.onnx.proto.OnnxProto.ValueInfoProto;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX graph as it is put together: nodes in order, weights as initializers, and fresh tensor
 * names ({@code dense1/Gemm}, {@code dense1/Gemm_2}, ...) so that Netron shows which layer each
 * node comes from. Every tensor the graph computes is float32 unless a node says otherwise.
 */
final class GraphBuilder {
    /** The batch dimension of inputs and outputs: any number of rows. */
    static final String BATCH = "N";

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final Map<String, Integer> used = new HashMap<>();

    GraphBuilder(String name) {
        graph.setName(name);
    }

    /** A name not given out before, from {@code stem}. */
    String fresh(String stem) {
        int n = used.merge(stem, 1, Integer::sum);
        return n == 1 ? stem : stem + "_" + n;
    }

    /** Adds a node of {@code op} (default domain) with one output, named from {@code scope}; returns that output. */
    String node(String scope, String op, List<String> inputs, AttributeProto... attributes) {
        return node(scope, "", op, inputs, attributes);
    }

    /** As {@link #node(String, String, List, AttributeProto...)}, in operator set {@code domain}. */
    String node(String scope, String domain, String op, List<String> inputs, AttributeProto... attributes) {
        String output = fresh(scope + "/" + op);
        NodeProto.Builder node = NodeProto.newBuilder()
                .setName(output)
                .setOpType(op)
                .setDomain(domain)
                .addAllInput(inputs)
                .addOutput(output);
        for (AttributeProto a : attributes) node.addAttribute(a);
        graph.addNode(node);
        return output;
    }

    /** A float32 weight of shape {@code dims}, held row-major in {@code values}; returns its name. */
    String floats(String name, float[] values, long... dims) {
        TensorProto.Builder t =
                TensorProto.newBuilder().setName(fresh(name)).setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (long d : dims) t.addDims(d);
        for (float v : values) t.addFloatData(v);
        graph.addInitializer(t);
        return t.getName();
    }

    /** An int64 constant of shape {@code dims}; returns its name. */
    String longs(String name, long[] values, long... dims) {
        TensorProto.Builder t =
                TensorProto.newBuilder().setName(fresh(name)).setDataType(TensorProto.DataType.INT64_VALUE);
        for (long d : dims) t.addDims(d);
        for (long v : values) t.addInt64Data(v);
        graph.addInitializer(t);
        return t.getName();
    }

    /** A float32 scalar constant (no dimensions); returns its name. */
    String scalar(String name, float value) {
        return floats(name, new float[] {value});
    }

    /** Declares a graph input of {@code type} with the batch first, then {@code width} columns. */
    void input(String name, TensorProto.DataType type, long width, String doc) {
        graph.addInput(value(name, type, width, doc));
    }

    /** Declares {@code tensor} a graph output named {@code name}, through an Identity when the names differ. */
    void output(String tensor, String name, long width, String doc) {
        if (!tensor.equals(name)) {
            graph.addNode(NodeProto.newBuilder()
                    .setName(name)
                    .setOpType("Identity")
                    .addInput(tensor)
                    .addOutput(name));
        }
        graph.addOutput(value(name, TensorProto.DataType.FLOAT, width, doc));
    }

    void doc(String text) {
        graph.setDocString(text);
    }

    GraphProto build() {
        return graph.build();
    }

    private static ValueInfoProto value(String name, TensorProto.DataType type, long width, String doc) {
        TensorShapeProto shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(width))
                .build();
        TypeProto type2 = TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder()
                        .setElemType(type.getNumber())
                        .setShape(shape))
                .build();
        return ValueInfoProto.newBuilder()
                .setName(name)
                .setType(type2)
                .setDocString(doc)
                .build();
    }

    static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) a.addInts(v);
        return a.build();
    }

    static AttributeProto integer(String name, long value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.INT)
                .setI(value)
                .build();
    }

    static AttributeProto real(String name, float value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.FLOAT)
                .setF(value)
                .build();
    }

    static AttributeProto strings(String name, List<String> values) {
        AttributeProto.Builder a =
                AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.STRINGS);
        for (String v : values) a.addStrings(com.google.protobuf.ByteString.copyFromUtf8(v));
        return a.build();
    }
}
