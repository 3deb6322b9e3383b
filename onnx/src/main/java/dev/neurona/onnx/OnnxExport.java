package dev.neurona.onnx;

import dev.neurona.onnx.proto.OnnxProto.ModelProto;
import dev.neurona.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.io.SafeWrite;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.spec.ModelSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a model as ONNX: its preprocessing, then its layers, in standard operators of opset
 * {@value #OPSET} (IR version {@value #IR_VERSION}), so that ONNX Runtime, onnxruntime-web, DJL or
 * Netron read it. The graph takes the raw inputs {@code predict} takes ({@code features}, or
 * {@code numbers} and {@code texts} when some columns are text) and gives what {@code predict}
 * gives: {@code probabilities} (one per class; for one sigmoid unit the probability of the second
 * class) or {@code values} (the regression targets). Class names, the task and the input columns
 * are in the model's {@code metadata_props}.
 * <pre>{@code
 * OnnxExport.write(model, Path.of("mnist.onnx"));
 * }</pre>
 */
public final class OnnxExport {
    /** The ONNX operator set the graph is written in. */
    public static final int OPSET = 17;
    /** The IR version that goes with opset 17. */
    public static final int IR_VERSION = 8;
    /** The operator set of LabelEncoder, used for text columns only. */
    static final String ML_DOMAIN = "ai.onnx.ml";

    static final int ML_OPSET = 2;

    private OnnxExport() {}

    /**
     * Writes {@code model} to {@code file} whole or not at all (as {@link Model#save} does).
     *
     * @throws OnnxExportException when a layer has no ONNX form, naming it, or the file cannot be written
     */
    public static void write(Model model, Path file) {
        byte[] bytes = toBytes(model);
        try {
            SafeWrite.replace(file, bytes);
        } catch (IOException e) {
            throw new OnnxExportException("could not export the model to '" + file + "': " + SafeWrite.reason(e), e);
        }
    }

    /** The ONNX model's bytes, as a {@code .onnx} file holds them. */
    public static byte[] toBytes(Model model) {
        return toProto(model).toByteArray();
    }

    /** The ONNX model, for a caller that wants to look inside. */
    public static ModelProto toProto(Model model) {
        Network network = model.network();
        ModelSpec spec = network.spec();
        GraphBuilder graph = new GraphBuilder("neurona");
        Flow flow = new Flow(PreprocessingNodes.add(graph, model.preprocessing(), spec.inputWidth()), spec.input());
        if (spec.input().isMap()) {
            Shape in = spec.input();
            String shape = graph.longs("input/shape", new long[] {-1, in.channels(), in.height(), in.width()}, 4);
            flow = new Flow(graph.node("input", "Reshape", List.of(flow.tensor(), shape)), in);
        }
        List<LayerSpec> layers = spec.layers();
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            Layer live = network.layers().get(i);
            String name = layer.kind() + numbers.merge(layer.kind(), 1, Integer::sum);
            flow = LayerNodes.add(graph, name, layer, live, flow);
        }
        flow = flow.asVector(graph, "output");
        Outputs output = Outputs.of(model);
        graph.output(flow.tensor(), output.name(), spec.outputWidth(), output.doc());
        graph.doc(output.doc());
        ModelProto.Builder proto = ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .setProducerName("Neurona")
                .setDocString("Exported by Neurona from a model of " + layers.size()
                        + " layers; inputs are raw, as predict takes them.")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(graph.build());
        String version = OnnxExport.class.getPackage().getImplementationVersion();
        if (version != null) proto.setProducerVersion(version);
        if (PreprocessingNodes.usesText(model.preprocessing())) {
            proto.addOpsetImport(
                    OperatorSetIdProto.newBuilder().setDomain(ML_DOMAIN).setVersion(ML_OPSET));
        }
        Metadata.of(model, output)
                .forEach((key, value) ->
                        proto.addMetadataProps(dev.neurona.onnx.proto.OnnxProto.StringStringEntryProto.newBuilder()
                                .setKey(key)
                                .setValue(value)));
        return proto.build();
    }
}
