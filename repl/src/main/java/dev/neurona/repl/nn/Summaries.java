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

/** One-line summaries of models and data sets, for {@code :list}, in the session's language. */
final class Summaries {

    private Summaries() {}

    /** {@code model  4 → dense 8 relu → dense 3 softmax; 67 parameters; trained 20 epochs, loss 0.1234, acc 0.9500}. */
    static String model(Model model, Locale language) {
        List<String> steps = new ArrayList<>();
        ModelSpec spec = model.spec();
        steps.add(spec.inputShape().stream().map(String::valueOf).collect(Collectors.joining("x")));
        for (LayerSpec layer : spec.layers()) {
            steps.add(layer(layer));
        }
        String layers = String.join(" → ", steps);
        String parameters = String.format(Locale.ROOT, "%,d", model.parameterCount());
        if (model.history().isEmpty()) {
            return Messages.in(language, "list.model.untrained", layers, parameters);
        }
        EpochMetrics last = Objects.requireNonNull(model.history().last(), "a trained model has a last epoch");
        String epochs = String.valueOf(model.history().size());
        String loss = String.format(Locale.ROOT, "%.4f", last.loss());
        if (Double.isNaN(last.accuracy())) {
            return Messages.in(language, "list.model.trained.loss", layers, parameters, epochs, loss);
        }
        String accuracy = String.format(Locale.ROOT, "%.4f", last.accuracy());
        return Messages.in(language, "list.model.trained.acc", layers, parameters, epochs, loss, accuracy);
    }

    private static String layer(LayerSpec layer) {
        return layer.describe();
    }

    /** {@code data  60 rows, 4 features, classification (2 classes); parts train 48, test 12}. */
    static String data(Dataset data, List<Map.Entry<String, Integer>> parts, Locale language) {
        return data(data.rows(), data.width(), data.task(), data.classNames().size(), parts, language);
    }

    /** As {@link #data(Dataset, List)}, from the figures alone (a streamed data set's). */
    static String data(
            int rows, int width, Task taskOf, int classes, List<Map.Entry<String, Integer>> parts, Locale language) {
        String task = taskOf == Task.CLASSIFICATION
                ? Messages.in(language, "list.data.classes", taskOf.keyword(), String.valueOf(classes))
                : taskOf.keyword();
        String count = String.format(Locale.ROOT, "%,d", rows);
        String features = String.valueOf(width);
        if (parts.isEmpty()) {
            return Messages.in(language, "list.data", count, features, task);
        }
        String sizes = parts.stream()
                .map(part -> part.getKey() + " " + String.format(Locale.ROOT, "%,d", part.getValue()))
                .collect(Collectors.joining(", "));
        return Messages.in(language, "list.data.parts", count, features, task, sizes);
    }
}
