package dev.neurona.onnx;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.InputColumn;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.io.JsonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's {@code metadata_props}: {@code task}, {@code output}, {@code classes} (JSON array, in
 * output order), {@code targets} for regression, and the raw columns each input holds
 * ({@code features} or {@code numbers}, and {@code texts}), as JSON arrays.
 */
final class Metadata {
    private Metadata() {}

    static Map<String, String> of(Model model, Outputs output) {
        Map<String, String> props = new LinkedHashMap<>();
        Schema schema = model.schema();
        props.put("output", output.name());
        if (schema != null) {
            props.put("task", schema.task() == Task.CLASSIFICATION ? "classification" : "regression");
            if (schema.task() == Task.CLASSIFICATION) props.put("classes", json(schema.classNames()));
            else props.put("targets", json(schema.targetNames()));
        }
        if (model.preprocessing() != null) {
            List<InputColumn> columns = model.preprocessing().columns();
            List<String> numeric = columns.stream()
                    .filter(c -> !c.isCategorical())
                    .map(InputColumn::name)
                    .toList();
            List<String> text = columns.stream()
                    .filter(InputColumn::isCategorical)
                    .map(InputColumn::name)
                    .toList();
            if (text.isEmpty()) {
                props.put(PreprocessingNodes.FEATURES, json(numeric));
            } else {
                if (!numeric.isEmpty()) props.put(PreprocessingNodes.NUMBERS, json(numeric));
                props.put(PreprocessingNodes.TEXTS, json(text));
            }
        }
        return props;
    }

    /** A JSON array of strings. */
    static String json(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(", ");
            JsonText.quote(out, values.get(i));
        }
        return out.append(']').toString();
    }
}
