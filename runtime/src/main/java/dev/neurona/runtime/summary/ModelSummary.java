package dev.neurona.runtime.summary;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.History;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A model described like Keras' {@code summary()}: one row per layer with its output width,
 * activation and parameter count spelled out ({@code 784×128 + 128 = 100,480}), the total, and
 * once trained, the epochs done and the last figures.
 *
 * <p>Each layer counts its own parameters ({@link LayerSpec#parameterCount}): a dense layer of
 * {@code n} inputs and {@code u} units holds {@code n·u} weights and {@code u} biases; dropout,
 * pooling and activation layers hold none.
 *
 * @param name            the model's name in the script
 * @param layers          the input, then one row per layer, in order
 * @param totalParameters the sum of every layer's parameters
 * @param history         every epoch trained so far (empty before training)
 */
public record ModelSummary(String name, List<Row> layers, long totalParameters, History history) {

    /** The column titles of {@link #layers()}. */
    public static final List<String> HEADER = List.of("layer", "output", "activation", "parameters");

    /**
     * One layer.
     *
     * @param parameters its weights and biases
     * @param count      how they are counted, such as {@code 784×128 + 128 = 100,480}; {@code 0}
     *                   for a layer without parameters; empty for the input
     */
    public record Row(String layer, String output, String activation, long parameters, String count) {
        /** The row's cells, in {@link #HEADER} order. */
        public List<String> cells() {
            return List.of(layer, output, activation, count);
        }
    }

    public ModelSummary {
        layers = List.copyOf(layers);
    }

    /** The summary of {@code model}, named {@code name}; reads the model, changes nothing. */
    public static ModelSummary of(String name, Model model) {
        ModelSpec spec = model.spec();
        List<Row> rows = new ArrayList<>();
        int width = spec.inputWidth();
        String shape = spec.inputShape().stream().map(String::valueOf).collect(Collectors.joining("x"));
        rows.add(new Row(
                "input", spec.inputShape().size() > 1 ? width + " (" + shape + ")" : String.valueOf(width), "", 0, ""));
        long total = 0;
        Map<String, Integer> numbers = new HashMap<>();
        Shape in = spec.input();
        for (LayerSpec layer : spec.layers()) {
            Shape out = layer.outputShape(in);
            long params = layer.parameterCount(in);
            total += params;
            String title = layer.isNumbered()
                    ? layer.kind() + numbers.merge(layer.kind(), 1, Integer::sum)
                    : layer.appliedActivation().isPresent() ? layer.kind() : layer.describe();
            String activation = layer.appliedActivation().map(Object::toString).orElse("");
            rows.add(new Row(title, out.toString(), activation, params, layer.parameterFormula(in)));
            in = out;
        }
        return new ModelSummary(name, rows, total, model.history());
    }

    /** As {@code of(name, model).format()}. */
    public static String format(String name, Model model) {
        return of(name, model).format();
    }

    /** The summary as text: a title, the table of layers, the total, and the training so far. */
    public String format() {
        List<String[]> table = new ArrayList<>();
        table.add(HEADER.toArray(String[]::new));
        for (Row row : layers) table.add(row.cells().toArray(String[]::new));
        return "model " + name + '\n'
                + table(table)
                + String.format(Locale.ROOT, "total parameters: %,d%n", totalParameters)
                + training() + '\n';
    }

    /**
     * One line about training: {@code not trained yet}, or the epochs done with the last figures
     * ({@code trained for 12 epochs; last: loss 0.0123  acc 0.9980  val_loss ...}).
     */
    public String training() {
        if (history.isEmpty()) {
            return "not trained yet";
        }
        EpochMetrics last = history.last();
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "trained for %d epoch%s; last: loss %.4f",
                history.size(),
                history.size() == 1 ? "" : "s",
                last.loss()));
        if (!Double.isNaN(last.accuracy())) {
            line.append(String.format(Locale.ROOT, "  acc %.4f", last.accuracy()));
        }
        if (!Double.isNaN(last.valLoss())) {
            line.append(String.format(Locale.ROOT, "  val_loss %.4f", last.valLoss()));
        }
        if (!Double.isNaN(last.valAccuracy())) {
            line.append(String.format(Locale.ROOT, "  val_acc %.4f", last.valAccuracy()));
        }
        return line.toString();
    }

    /** Rows of cells as left-aligned columns, three spaces apart, each line indented by one space. */
    static String table(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < row.length; c++) {
                line.append(row[c]).append(" ".repeat(widths[c] - row[c].length() + (c < row.length - 1 ? 3 : 0)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
