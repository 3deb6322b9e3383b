package dev.neurona.runtime.spec;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How to train: everything a {@code train} block can say. Immutable; build one with
 * {@link #builder()}, whose defaults are those of the language (adam, 10 epochs, batch 32...).
 *
 * @param loss               what is minimised; {@code null} picks {@link LossSpec#defaultFor}
 * @param validationFraction the share of the training data held out (stratified, seeded) for
 *                           validation when no validation data set is given; 0 for none
 * @param earlyStop          {@code null} for none
 * @param clipNorm           the largest global gradient norm; 0 for no clipping
 * @param checkpoint         where to save the best model as training goes; {@code null} for none
 */
public record TrainSpec(
        @Nullable LossSpec loss,
        OptimizerSpec optimizer,
        int epochs,
        int batchSize,
        double validationFraction,
        double l1,
        double l2,
        @Nullable EarlyStopSpec earlyStop,
        ScheduleSpec schedule,
        double clipNorm,
        boolean shuffle,
        @Nullable Path checkpoint) {

    public TrainSpec {
        if (optimizer == null) {
            optimizer = OptimizerSpec.adam();
        }
        if (schedule == null) {
            schedule = ScheduleSpec.CONSTANT;
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch must be at least 1, got " + batchSize);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + validationFraction);
        }
        if (!(l1 >= 0)) {
            throw new IllegalArgumentException("l1 must not be negative, got " + l1);
        }
        if (!(l2 >= 0)) {
            throw new IllegalArgumentException("l2 must not be negative, got " + l2);
        }
        if (!(clipNorm >= 0)) {
            throw new IllegalArgumentException("clip_norm must not be negative, got " + clipNorm);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The loss to use for {@code model}: the one given, or the default for its output. */
    public LossSpec lossFor(ModelSpec model) {
        return loss != null ? loss : LossSpec.defaultFor(model);
    }

    public Builder toBuilder() {
        return new Builder()
                .loss(loss)
                .optimizer(optimizer)
                .epochs(epochs)
                .batchSize(batchSize)
                .validationFraction(validationFraction)
                .l1(l1)
                .l2(l2)
                .earlyStop(earlyStop)
                .schedule(schedule)
                .clipNorm(clipNorm)
                .shuffle(shuffle)
                .checkpoint(checkpoint);
    }

    /** Collects the options of a training run; unset ones keep the language's defaults. */
    public static final class Builder {
        private @Nullable LossSpec loss;
        private OptimizerSpec optimizer = OptimizerSpec.adam();
        private int epochs = 10;
        private int batchSize = 32;
        private double validationFraction;
        private double l1;
        private double l2;
        private @Nullable EarlyStopSpec earlyStop;
        private ScheduleSpec schedule = ScheduleSpec.CONSTANT;
        private double clipNorm;
        private boolean shuffle = true;
        private @Nullable Path checkpoint;

        private Builder() {}

        public Builder loss(@Nullable LossSpec value) {
            loss = value;
            return this;
        }

        public Builder optimizer(OptimizerSpec value) {
            optimizer = value;
            return this;
        }

        public Builder epochs(int value) {
            epochs = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder validationFraction(double value) {
            validationFraction = value;
            return this;
        }

        public Builder l1(double value) {
            l1 = value;
            return this;
        }

        public Builder l2(double value) {
            l2 = value;
            return this;
        }

        public Builder earlyStop(@Nullable EarlyStopSpec value) {
            earlyStop = value;
            return this;
        }

        public Builder schedule(ScheduleSpec value) {
            schedule = value;
            return this;
        }

        public Builder clipNorm(double value) {
            clipNorm = value;
            return this;
        }

        public Builder shuffle(boolean value) {
            shuffle = value;
            return this;
        }

        public Builder checkpoint(@Nullable Path value) {
            checkpoint = value;
            return this;
        }

        public TrainSpec build() {
            return new TrainSpec(
                    loss,
                    optimizer,
                    epochs,
                    batchSize,
                    validationFraction,
                    l1,
                    l2,
                    earlyStop,
                    schedule,
                    clipNorm,
                    shuffle,
                    checkpoint);
        }
    }
}
