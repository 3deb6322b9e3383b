package dev.neurona.runtime.train;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Where a model is trained, evaluated and predicted with: {@link #LOCAL} in this process, or a
 * cluster engine (the {@code spark} module's). The language's interpreter holds one engine and
 * never needs to know which; whichever runs, the model ends up with the same schema,
 * preprocessing, history and checkpoints.
 */
public interface TrainingEngine {
    /** In this process, on the shared compute pool: {@link Model}'s own methods. */
    TrainingEngine LOCAL = new TrainingEngine() {
        @Override
        public TrainingResult fit(
                Model model,
                Dataset train,
                @Nullable Dataset validation,
                TrainSpec spec,
                long seed,
                TrainingListener listener,
                BooleanSupplier cancelled) {
            return model.fit(
                    train,
                    FitOptions.builder()
                            .spec(spec)
                            .validation(validation)
                            .seed(seed)
                            .listener(listener)
                            .cancelWhen(cancelled)
                            .build());
        }

        @Override
        public Evaluation evaluate(Model model, Dataset data) {
            return model.evaluate(data);
        }

        @Override
        public float[] predict(Model model, Dataset data) {
            return model.predictPrepared(data);
        }

        @Override
        public String toString() {
            return "local";
        }
    };

    /**
     * Trains {@code model} in place, as {@link Model#fit(Dataset, FitOptions)}.
     *
     * @param validation reported on each epoch; null to use the spec's held-out fraction, if any
     * @param cancelled  polled while training; when true, training stops and the model keeps its
     *                   last consistent weights
     */
    TrainingResult fit(
            Model model,
            Dataset train,
            @Nullable Dataset validation,
            TrainSpec spec,
            long seed,
            TrainingListener listener,
            BooleanSupplier cancelled);

    /** As {@link Model#evaluate(Dataset)}. */
    Evaluation evaluate(Model model, Dataset data);

    /** As {@link Model#predictPrepared(Dataset)}: the outputs of every row, row-major. */
    float[] predict(Model model, Dataset data);
}
