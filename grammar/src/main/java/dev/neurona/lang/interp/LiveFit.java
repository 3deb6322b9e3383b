package dev.neurona.lang.interp;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.FitRules;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.StreamedDataset;

/**
 * The checker's model-against-data rules applied again to the loaded data, for the data sets too
 * large to read ahead: a mismatch stops the statement with the same message the check gives.
 */
final class LiveFit {

    private LiveFit() {}

    static void require(String modelName, Model model, Dataset data, SourceSpan where) {
        require(modelName, model, data.name(), DataShape.of(data), where);
    }

    static void require(String modelName, Model model, StreamedDataset data, SourceSpan where) {
        require(modelName, model, data.name(), DataShape.of(data.schema(), data.preprocessing()), where);
    }

    private static void require(String modelName, Model model, String dataName, DataShape shape, SourceSpan where) {
        FitRules.mismatch(modelName, model.spec(), dataName, shape).ifPresent(message -> {
            throw new RunFailure(where, message);
        });
    }
}
