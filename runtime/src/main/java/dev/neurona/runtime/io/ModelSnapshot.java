package dev.neurona.runtime.io;

import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.train.History;
import org.jspecify.annotations.Nullable;

/**
 * Everything a model file holds: enough to predict on raw inputs and to go on training.
 *
 * @param schema        the data the model was trained on, or null if it never was
 * @param preprocessing how raw inputs become features, or null if it was never trained
 * @param weights       every param's values, in the network's param order
 */
public record ModelSnapshot(
        ModelSpec spec,
        @Nullable Schema schema,
        @Nullable Preprocessing preprocessing,
        History history,
        float[][] weights) {}
