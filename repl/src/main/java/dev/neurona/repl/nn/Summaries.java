package dev.neurona.repl.nn;

import dev.neurona.repl.Messages;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.train.EpochMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** One-line summaries of models and data sets, for {@code :list}. */
final class Summaries {

    private Summaries() {}

    /** {@code model  4 → dense 8 relu → dense 3 softmax; 67 parameters; trained 20 epochs, loss 0.1234, acc 0.9500}. */
    static String model(Model model) {
        List<String> steps = new ArrayList<>();
        ModelSpec spec = model.spec();
        steps.add(spec.inputShape().stream().map(String::valueOf).collect(Collectors.joining("x")));
        for (LayerSpec layer : spec.layers()) {
            steps.add(layer(layer));
        }
        String layers = String.join(" → ", steps);
        String parameters = String.format(Locale.ROOT, "%,d", model.parameterCount());
        if (model.history().isEmpty()) {
            return Messages.get("list.model.untrained", layers, parameters);
        }
        EpochMetrics last = Objects.requireNonNull(model.history().last(), "a trained model has a last epoch");
        StringBuilder figures = new StringBuilder(String.format(Locale.ROOT, "loss %.4f", last.loss()));
        if (!Double.isNaN(last.accuracy())) {
            figures.append(String.format(Locale.ROOT, ", acc %.4f", last.accuracy()));
        }
        return Messages.get(
                "list.model.trained",
                layers,
                parameters,
                String.valueOf(model.history().size()),
                figures);
    }

    private static String layer(LayerSpec layer) {
        return layer.describe();
    }

    /** {@code data  60 rows, 4 features, classification (2 classes); parts train 48, test 12}. */
    static String data(Dataset data, List<Map.Entry<String, Integer>> parts) {
        return data(data.rows(), data.width(), data.task(), data.classNames().size(), parts);
    }

    /** As {@link #data(Dataset, List)}, from the figures alone (a streamed data set's). */
    static String data(int rows, int width, Task taskOf, int classes, List<Map.Entry<String, Integer>> parts) {
        String task = taskOf == Task.CLASSIFICATION
                ? Messages.get("list.data.classes", taskOf.keyword(), String.valueOf(classes))
                : taskOf.keyword();
        String line = Messages.get("list.data", String.format(Locale.ROOT, "%,d", rows), String.valueOf(width), task);
        if (parts.isEmpty()) {
            return line;
        }
        return line
                + Messages.get(
                        "list.data.parts",
                        parts.stream()
                                .map(part -> part.getKey() + " " + String.format(Locale.ROOT, "%,d", part.getValue()))
                                .collect(Collectors.joining(", ")));
    }
}
