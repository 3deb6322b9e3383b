package dev.neurona.lang.interp;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.FitRules;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;

/**
 * The checker's model-against-data rules applied again to the loaded data, for the data sets too
 * large to read ahead: a mismatch stops the statement with the same message the check gives.
 */
final class LiveFit {

    private LiveFit() {
    }

    static void require(String modelName, Model model, Dataset data, SourceSpan where) {
        FitRules.mismatch(modelName, model.spec(), data.name(), DataShape.of(data)).ifPresent(message -> {
            throw new RunFailure(where, message);
        });
    }
}
