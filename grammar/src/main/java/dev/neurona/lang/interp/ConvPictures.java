package dev.neurona.lang.interp;

import dev.neurona.lang.visual.FeatureMaps;
import dev.neurona.lang.visual.Filters;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.pool.PoolSpec;
import dev.neurona.runtime.optim.Param;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.train.Predictions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A convolutional network's kernels and one example's feature maps as the plain values that
 * {@code dev.neurona.lang.visual} draws. Layers are named as the network names them: their kind
 * and number ({@code conv1}, {@code maxpool2}).
 */
final class ConvPictures {

    private ConvPictures() {}

    /** The first convolution's kernels, copied; empty for a model without one. */
    static Optional<Filters> filters(Model model) {
        ModelSpec spec = model.spec();
        List<String> names = names(spec);
        for (int i = 0; i < spec.layers().size(); i++) {
            if (spec.layers().get(i) instanceof ConvSpec conv) {
                Shape input = i == 0 ? spec.input() : spec.shapes().get(i - 1);
                String weights = names.get(i) + ".weights";
                float[] values = model.network().layers().get(i).params().stream()
                        .filter(p -> p.name().equals(weights))
                        .map(Param::value)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no " + weights))
                        .clone();
                return Optional.of(new Filters(names.get(i), values, conv.filters(), input.channels(), conv.kernel()));
            }
        }
        return Optional.empty();
    }

    /** Whether the model has a convolution or a pool whose output is maps. */
    static boolean hasMaps(Model model) {
        ModelSpec spec = model.spec();
        for (int i = 0; i < spec.layers().size(); i++) {
            if (isMapLayer(spec.layers().get(i)) && spec.shapes().get(i).isMap()) return true;
        }
        return false;
    }

    /**
     * Row {@code row} of {@code data} (model-ready features, which the model must fit), the
     * output of every convolution and pool for it in inference mode, and what the model predicts.
     */
    static FeatureMaps maps(Model model, Dataset data, int row) {
        return maps(model, data, row, Messages.english());
    }

    /** As {@link #maps(Model, Dataset, int)}, its words in {@code messages}' language. */
    static FeatureMaps maps(Model model, Dataset data, int row, Messages messages) {
        ModelSpec spec = model.spec();
        float[] features = data.row(row);
        List<float[]> outputs = model.network().layerOutputs(features);
        Shape in = spec.input();
        FeatureMaps.Band input = new FeatureMaps.Band(
                "input " + in + ", " + rowName(row, data.name(), messages),
                features,
                in.channels(),
                in.height(),
                in.width());
        List<String> names = names(spec);
        List<Shape> shapes = spec.shapes();
        List<FeatureMaps.Band> bands = new ArrayList<>();
        for (int i = 0; i < spec.layers().size(); i++) {
            Shape shape = shapes.get(i);
            if (isMapLayer(spec.layers().get(i)) && shape.isMap()) {
                bands.add(new FeatureMaps.Band(
                        names.get(i) + " " + shape, outputs.get(i), shape.channels(), shape.height(), shape.width()));
            }
        }
        float[] last = outputs.isEmpty() ? features : outputs.get(outputs.size() - 1);
        return new FeatureMaps(input, bands, prediction(model, data, row, last, messages));
    }

    /** {@code row 0 of digits.valid}. */
    static String rowName(int row, String data) {
        return rowName(row, data, Messages.english());
    }

    /** As {@link #rowName(int, String)}, in {@code messages}' language. */
    static String rowName(int row, String data, Messages messages) {
        return messages.text("plot.row_of", String.valueOf(row), data);
    }

    /**
     * {@code predicted 7 with probability 0.9312 (true class 7)}, or for regression
     * {@code predicted price 213.4000 (true 210.0000)}.
     */
    private static String prediction(Model model, Dataset data, int row, float[] outputs, Messages messages) {
        PredictionColumns columns = PredictionColumns.of(model, data);
        int width = outputs.length;
        if (data.task() == Task.CLASSIFICATION) {
            String predicted = columns.predictedClass(outputs, 0, width);
            float probability =
                    PredictionColumns.probabilities(outputs, 0, width)[Predictions.predictedClass(outputs, 0, width)];
            String shown = String.format(Locale.ROOT, "%.4f", probability);
            return data.labels() != null
                    ? messages.text(
                            "plot.predicted_class.true",
                            Printable.value(predicted),
                            shown,
                            Printable.value(data.classNames().get(data.labels()[row])))
                    : messages.text("plot.predicted_class", Printable.value(predicted), shown);
        }
        List<String> values = columns.cells(outputs, 0, width, PredictionColumns.NumberFormat.SCREEN);
        List<String> names = data.schema().targetNames();
        List<String> predicted = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (int j = 0; j < values.size(); j++) {
            predicted.add((j < names.size() ? Printable.value(names.get(j)) + " " : "") + values.get(j));
            if (data.targets() != null) {
                truth.add(PredictionColumns.NumberFormat.SCREEN.format(data.targets()[row * data.targetWidth() + j]));
            }
        }
        return truth.isEmpty()
                ? messages.text("plot.predicted_value", String.join(", ", predicted))
                : messages.text("plot.predicted_value.true", String.join(", ", predicted), String.join(", ", truth));
    }

    private static boolean isMapLayer(LayerSpec layer) {
        return layer instanceof ConvSpec || layer instanceof PoolSpec;
    }

    /** Each layer's name as the network gives it: its kind and its number among layers of that kind. */
    private static List<String> names(ModelSpec spec) {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (LayerSpec layer : spec.layers()) names.add(layer.kind() + numbers.merge(layer.kind(), 1, Integer::sum));
        return names;
    }
}
