package dev.neurona.onnx;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;

/** The graph's one output: its name and what it holds, from the model's task. */
record Outputs(String name, String doc) {
    static final String PROBABILITIES = "probabilities";
    static final String VALUES = "values";
    static final String OUTPUTS = "outputs";

    static Outputs of(Model model) {
        Schema schema = model.schema();
        if (schema == null)
            return new Outputs(OUTPUTS, "the network's outputs (the model was never trained, so they have no names)");
        if (schema.task() == Task.CLASSIFICATION) {
            if (model.network().outputWidth() == 1) {
                return new Outputs(
                        PROBABILITIES,
                        "the probability of class '" + schema.classNames().get(schema.classCount() - 1)
                                + "' (one sigmoid unit; below 0.5 is class '"
                                + schema.classNames().get(0) + "')");
            }
            return new Outputs(
                    PROBABILITIES,
                    "one probability per class, in the order of metadata 'classes': "
                            + String.join(", ", schema.classNames()));
        }
        return new Outputs(VALUES, "the predicted " + String.join(", ", schema.targetNames()));
    }
}
