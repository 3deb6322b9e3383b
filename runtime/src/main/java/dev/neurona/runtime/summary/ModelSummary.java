package dev.neurona.runtime.summary;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.i18n.Messages;
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
import java.util.Objects;
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

    /** The column titles of {@link #layers()} in {@code messages}' language. */
    public static List<String> header(Messages messages) {
        return List.of(
                messages.text("summary.column.layer"),
                messages.text("summary.column.output"),
                messages.text("summary.column.activation"),
                messages.text("summary.column.parameters"));
    }

    /** The summary as text, in English. */
    public String format() {
        return format(Messages.english());
    }

    /** The summary as text in {@code messages}' language: a title, the table of layers, the total, and the training so far. */
    public String format(Messages messages) {
        List<String[]> table = new ArrayList<>();
        table.add(header(messages).toArray(String[]::new));
        for (Row row : layers) table.add(row.cells().toArray(String[]::new));
        return messages.text("summary.title", name)
                + '\n'
                + table(table)
                + messages.text("summary.total", String.format(Locale.ROOT, "%,d", totalParameters))
                + '\n'
                + training(messages)
                + '\n';
    }

    /** As {@link #training(Messages)}, in English. */
    public String training() {
        return training(Messages.english());
    }

    /**
     * One line about training: {@code not trained yet}, or the epochs done with the last figures
     * ({@code trained for 12 epochs; last: loss 0.0123  acc 0.9980  val_loss ...}).
     */
    public String training(Messages messages) {
        if (history.isEmpty()) {
            return messages.text("summary.not_trained");
        }
        EpochMetrics last = Objects.requireNonNull(history.last()); // not empty
        String loss = four(last.loss());
        boolean acc = !Double.isNaN(last.accuracy());
        boolean val = !Double.isNaN(last.valLoss());
        boolean valAcc = val && !Double.isNaN(last.valAccuracy());
        String figures;
        if (acc && valAcc) {
            figures = messages.text(
                    "summary.figures.acc_val_acc",
                    loss,
                    four(last.accuracy()),
                    four(last.valLoss()),
                    four(last.valAccuracy()));
        } else if (acc && val) {
            figures = messages.text("summary.figures.acc_val", loss, four(last.accuracy()), four(last.valLoss()));
        } else if (val) {
            figures = messages.text("summary.figures.val", loss, four(last.valLoss()));
        } else if (acc) {
            figures = messages.text("summary.figures.acc", loss, four(last.accuracy()));
        } else {
            figures = messages.text("summary.figures.loss", loss);
        }
        return messages.text(
                "summary.trained", String.format(Locale.ROOT, "%,d", history.size()), history.size(), figures);
    }

    private static String four(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
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
