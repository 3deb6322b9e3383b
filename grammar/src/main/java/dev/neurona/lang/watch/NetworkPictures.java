package dev.neurona.lang.watch;

import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.optim.Param;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One picture of a network for the page, from a copy of its weights: each layer's activations
 * for the fixed inputs (a bar of units, or the first {@value #MAPS} feature maps), the top three
 * answers for each input, and the first layer's weights as images when the input is a picture.
 * Runs on the watch's own thread, never the training thread.
 */
final class NetworkPictures {
    static final int MAPS = 8;
    static final int UNITS = 256;
    static final int WEIGHT_TILES = 32;
    static final int TOP = 3;

    private final ModelSpec spec;
    private final FixedInputs inputs;
    private final List<String> names;

    NetworkPictures(ModelSpec spec, FixedInputs inputs) {
        this.spec = spec;
        this.inputs = inputs;
        this.names = names(spec);
    }

    /** The event: {@code network} holds the copied weights of {@code epoch}, {@code batch}. */
    String draw(Network network, String model, int epoch, int batch) {
        List<String> items = new ArrayList<>();
        for (float[] features : inputs.features()) {
            List<float[]> outputs = network.layerOutputs(features);
            List<String> layers = new ArrayList<>();
            for (int i = 0; i < outputs.size(); i++) {
                layers.add(layer(i, outputs.get(i)));
            }
            float[] last = outputs.get(outputs.size() - 1);
            items.add(new Json()
                    .raw("layers", Json.array(layers))
                    .raw("top", top(last))
                    .toString());
        }
        Json event = Json.event("pictures")
                .text("model", model)
                .number("epoch", epoch)
                .number("batch", batch)
                .raw("items", Json.array(items));
        String weights = firstWeights(network);
        if (weights != null) event.raw("weights", weights);
        return event.toString();
    }

    /** The layers as the page lists them: name, kind and output size. */
    String layers() {
        List<String> layers = new ArrayList<>();
        List<Shape> shapes = spec.shapes();
        for (int i = 0; i < spec.layers().size(); i++) {
            layers.add(new Json()
                    .text("name", names.get(i))
                    .text("kind", spec.layers().get(i).kind())
                    .text("shape", shapes.get(i).toString())
                    .toString());
        }
        return Json.array(layers);
    }

    private String layer(int i, float[] out) {
        Shape shape = spec.shapes().get(i);
        Json layer = new Json().text("name", names.get(i));
        if (shape.isMap()) {
            int shown = Math.min(MAPS, shape.channels());
            int count = shown * shape.area();
            float low = PictureBytes.min(out, 0, count);
            float high = PictureBytes.max(out, 0, count);
            return layer.text("kind", "maps")
                    .number("channels", shape.channels())
                    .number("shown", shown)
                    .number("height", shape.height())
                    .number("width", shape.width())
                    .number("low", low)
                    .number("high", high)
                    .bytes("data", PictureBytes.stretched(out, 0, count, low, high))
                    .toString();
        }
        int shown = Math.min(UNITS, out.length);
        float low = Math.min(0, PictureBytes.min(out, 0, shown));
        float high = PictureBytes.max(out, 0, shown);
        return layer.text("kind", "units")
                .number("units", out.length)
                .number("shown", shown)
                .number("low", low)
                .number("high", high)
                .bytes("data", PictureBytes.stretched(out, 0, shown, low, high))
                .toString();
    }

    /** The three likeliest classes with their probabilities, or the predicted values for regression. */
    private String top(float[] outputs) {
        List<String> answers = new ArrayList<>();
        if (inputs.data().task() == Task.CLASSIFICATION) {
            float[] p = outputs.length == 1 ? new float[] {1 - outputs[0], outputs[0]} : outputs;
            List<String> classes = inputs.data().classNames();
            boolean[] taken = new boolean[p.length];
            for (int k = 0; k < Math.min(TOP, p.length); k++) {
                int best = -1;
                for (int c = 0; c < p.length; c++) if (!taken[c] && (best < 0 || p[c] > p[best])) best = c;
                taken[best] = true;
                String label = best < classes.size() ? classes.get(best) : Integer.toString(best);
                answers.add(new Json().text("label", label).number("p", p[best]).toString());
            }
        } else {
            List<String> targets = inputs.data().schema().targetNames();
            for (int j = 0; j < outputs.length; j++) {
                answers.add(new Json()
                        .text("label", j < targets.size() ? targets.get(j) : "value " + (j + 1))
                        .number("value", outputs[j])
                        .toString());
            }
        }
        return Json.array(answers);
    }

    /** The first layer's weights as images: dense units over a picture input, or conv kernels; else null. */
    private @Nullable String firstWeights(Network network) {
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec kind = spec.layers().get(i);
            Layer layer = network.layers().get(i);
            if (kind instanceof DenseSpec && inputs.image() && i == firstWithWeights()) {
                float[] w = weights(layer);
                Shape in = i == 0 ? spec.input() : spec.shapes().get(i - 1);
                if (w == null || !in.isMap() || in.channels() != 1) return null;
                int units = layer.outputWidth();
                int tiles = Math.min(WEIGHT_TILES, units);
                int area = in.area();
                float[] tiled = new float[tiles * area];
                for (int u = 0; u < tiles; u++) {
                    for (int p = 0; p < area; p++) tiled[u * area + p] = w[p * units + u]; // inputs × units
                }
                return new Json()
                        .text("kind", "dense")
                        .text("layer", names.get(i))
                        .number("tiles", tiles)
                        .number("units", units)
                        .number("height", in.height())
                        .number("width", in.width())
                        .bytes("data", PictureBytes.centred(tiled, PictureBytes.largestMagnitude(tiled)))
                        .toString();
            }
            if (kind instanceof ConvSpec conv && i == firstWithWeights()) {
                float[] w = weights(layer);
                if (w == null) return null;
                Shape in = i == 0 ? spec.input() : spec.shapes().get(i - 1);
                return new Json()
                        .text("kind", "filters")
                        .text("layer", names.get(i))
                        .number("tiles", conv.filters())
                        .number("channels", in.channels())
                        .number("height", conv.kernel())
                        .number("width", conv.kernel())
                        .bytes("data", PictureBytes.centred(w, PictureBytes.largestMagnitude(w)))
                        .toString();
            }
        }
        return null;
    }

    private int firstWithWeights() {
        for (int i = 0; i < spec.layers().size(); i++) {
            if (spec.layers().get(i) instanceof DenseSpec || spec.layers().get(i) instanceof ConvSpec) return i;
        }
        return -1;
    }

    private static float @Nullable [] weights(Layer layer) {
        for (Param p : layer.params()) {
            if (p.name().endsWith(".weights")) return p.value();
        }
        return layer.params().isEmpty() ? null : layer.params().get(0).value();
    }

    /** Each layer's name as the network gives it: its kind and its number among layers of that kind. */
    static List<String> names(ModelSpec spec) {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (LayerSpec layer : spec.layers()) names.add(layer.kind() + numbers.merge(layer.kind(), 1, Integer::sum));
        return names;
    }
}
