package dev.neurona.runtime.summary;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.spec.ActivationLayerSpec;
import dev.neurona.runtime.spec.DenseSpec;
import dev.neurona.runtime.spec.DropoutSpec;
import dev.neurona.runtime.spec.LayerSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.History;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A model described like Keras' {@code summary()}: one row per layer with its output width,
 * activation and parameter count spelled out ({@code 784×128 + 128 = 100,480}), the total, and
 * once trained, the epochs done and the last figures.
 */
public final class ModelSummary {
    private ModelSummary() {
    }

    public static String format(String name, Model model) {
        ModelSpec spec = model.spec();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"layer", "output", "activation", "parameters"});
        int width = spec.inputWidth();
        String shape = spec.inputShape().stream().map(String::valueOf).collect(Collectors.joining("x"));
        rows.add(new String[]{"input", spec.inputShape().size() > 1 ? width + " (" + shape + ")" : String.valueOf(width), "", ""});
        long total = 0;
        int dense = 0;
        for (LayerSpec layer : spec.layers()) {
            if (layer instanceof DenseSpec d) {
                long params = (long) width * d.units() + d.units();
                total += params;
                rows.add(new String[]{"dense" + (++dense), String.valueOf(d.units()), d.activation().toString(),
                        String.format(Locale.ROOT, "%d×%d + %d = %,d", width, d.units(), d.units(), params)});
                width = d.units();
            } else if (layer instanceof DropoutSpec d) {
                rows.add(new String[]{"dropout " + number(d.rate()), String.valueOf(width), "", "0"});
            } else if (layer instanceof ActivationLayerSpec a) {
                rows.add(new String[]{"activation", String.valueOf(width), a.activation().toString(), "0"});
            }
        }
        StringBuilder out = new StringBuilder("model ").append(name).append('\n');
        out.append(table(rows));
        out.append(String.format(Locale.ROOT, "total parameters: %,d%n", total));
        History history = model.history();
        if (!history.isEmpty()) {
            EpochMetrics last = history.last();
            out.append(String.format(Locale.ROOT, "trained for %d epoch%s; last: %s%n", history.size(),
                    history.size() == 1 ? "" : "s", last.format().replaceFirst("^epoch \\d+/\\d+ {2}", "")));
        } else {
            out.append("not trained yet\n");
        }
        return out.toString();
    }

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
