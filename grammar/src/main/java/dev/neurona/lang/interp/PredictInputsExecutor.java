package dev.neurona.lang.interp;

import dev.neurona.lang.check.value.Numbers;
import dev.neurona.lang.plan.PredictInputsPlan;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code predict MODEL [x1, x2, ...]}: the raw values go through the model's own
 * preprocessing (encoding, normalisation, scaling) as its training data did; a model never
 * trained reads them as its inputs directly. Prints one line:
 * {@code predicted 1  prob_0 0.0421  prob_1 0.9579}.
 */
final class PredictInputsExecutor {

    private PredictInputsExecutor() {}

    static void run(PredictInputsPlan plan, RunContext context) {
        Model model = context.workspace().model(plan.model());
        float[] outputs = outputs(model, plan.inputs());
        PredictionColumns columns = PredictionColumns.of(model);
        List<String> header = columns.header(context.messages());
        List<String> cells = columns.cells(outputs, 0, outputs.length, PredictionColumns.NumberFormat.SCREEN);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            pairs.add(Printable.value(header.get(i)) + " " + Printable.value(cells.get(i)));
        }
        context.out().println(String.join("  ", pairs));
    }

    private static float[] outputs(Model model, List<Object> inputs) {
        if (model.preprocessing() == null) {
            float[] features = new float[inputs.size()];
            for (int i = 0; i < features.length; i++) {
                features[i] = ((Double) inputs.get(i)).floatValue();
            }
            return model.predictPrepared(features);
        }
        if (inputs.stream().allMatch(value -> value instanceof Double)) {
            return model.predict(
                    inputs.stream().mapToDouble(value -> (Double) value).toArray());
        }
        String[] cells = new String[inputs.size()];
        for (int i = 0; i < cells.length; i++) {
            Object value = inputs.get(i);
            cells[i] = value instanceof Double number ? Numbers.format(number) : (String) value;
        }
        return model.predict(cells);
    }
}
