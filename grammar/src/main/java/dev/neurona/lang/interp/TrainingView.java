package dev.neurona.lang.interp;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RunObserver} may look at when a {@code train} statement starts. The model is the
 * live one being trained: read its weights only between batches, on the training thread.
 *
 * @param modelName  the model's name in the script
 * @param model      the model being trained, in place
 * @param train      the training data
 * @param validation the validation data named in the statement, or null
 * @param spec       how it is trained
 * @param notes      the learning notes an epoch gives rise to (as printed under the epoch line);
 *                   a fresh instance for this observer, to be called once per epoch in order
 * @param messages   the language the run prints in, so an observer's epoch lines match the printed ones
 */
public record TrainingView(
        String modelName,
        Model model,
        Dataset train,
        @Nullable Dataset validation,
        TrainSpec spec,
        Function<EpochMetrics, List<String>> notes,
        Messages messages) {}
