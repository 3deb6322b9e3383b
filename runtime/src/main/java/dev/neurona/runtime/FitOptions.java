package dev.neurona.runtime;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochRunner;
import dev.neurona.runtime.train.TrainingListener;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * How one {@link Model#fit(Dataset, FitOptions)} call trains, named rather than positional:
 * <pre>{@code
 * model.fit(train, FitOptions.builder()
 *         .spec(TrainSpec.builder().optimizer(OptimizerSpec.adam(0.01)).build())
 *         .epochs(30).batchSize(16)
 *         .validation(valid)
 *         .seed(7)
 *         .threads(2)
 *         .listener(new TrainingListener() { ... })
 *         .cancelWhen(stop::get)
 *         .build());
 * }</pre>
 * Anything not given keeps the language's default: the {@link TrainSpec} defaults, no
 * validation data (the spec's held-out share, if any), a seed drawn from the model's own seed
 * stream, the model's own compute threads, no listener, never cancelled, batches run in the
 * calling thread.
 *
 * <p>The number of threads changes how fast training runs, never what it learns: the same seed
 * gives bit-identical weights and metrics on any number of threads.
 *
 * <p>Immutable and thread-safe; its builder is not thread-safe.
 */
public final class FitOptions {
    private final TrainSpec spec;
    private final @Nullable Dataset validation;
    private final @Nullable StreamedDataset streamedValidation;
    private final @Nullable Long seed;
    private final int threads;
    private final TrainingListener listener;
    private final BooleanSupplier cancelled;
    private final EpochRunner.Factory runners;

    private FitOptions(Builder builder) {
        this.spec = builder.spec.build();
        this.validation = builder.validation;
        this.streamedValidation = builder.streamedValidation;
        this.seed = builder.seed;
        this.threads = builder.threads;
        this.listener = builder.listener;
        this.cancelled = builder.cancelled;
        this.runners = builder.runners;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every default: see the class comment. */
    public static FitOptions defaults() {
        return builder().build();
    }

    /** The training settings: loss, optimizer, epochs, batch size and the rest of a {@code train} block. */
    public TrainSpec spec() {
        return spec;
    }

    /** Data reported on after each epoch, or null to use the spec's held-out share, if any. */
    public @Nullable Dataset validation() {
        return validation;
    }

    /** As {@link #validation()}, for training on a streamed data set; null for none. */
    public @Nullable StreamedDataset streamedValidation() {
        return streamedValidation;
    }

    /** The seed of shuffles, the held-out split and dropout; empty to draw one from the model. */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /**
     * The compute threads training runs on, counting the caller's; 0 for the model's own
     * ({@code Model.create}'s pool, one per core unless it was given another).
     */
    public int threads() {
        return threads;
    }

    /** Every listener given, called in the order given. */
    public TrainingListener listener() {
        return listener;
    }

    /** Polled between batches; training stops cleanly once it returns true. */
    public BooleanSupplier cancelled() {
        return cancelled;
    }

    /** What runs each epoch's batches: {@link EpochRunner#LOCAL}, or another engine's workers. */
    public EpochRunner.Factory runners() {
        return runners;
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder builder = new Builder().spec(spec);
        builder.validation = validation;
        builder.streamedValidation = streamedValidation;
        builder.seed = seed;
        builder.threads = threads;
        builder.listener = listener;
        builder.cancelled = cancelled;
        builder.runners = runners;
        return builder;
    }

    /** Collects the options; {@link #build()} checks nothing more than each setter does. Not thread-safe. */
    public static final class Builder {
        private TrainSpec.Builder spec = TrainSpec.builder();
        private @Nullable Dataset validation;
        private @Nullable StreamedDataset streamedValidation;
        private @Nullable Long seed;
        private int threads;
        private TrainingListener listener = TrainingListener.NONE;
        private BooleanSupplier cancelled = () -> false;
        private EpochRunner.Factory runners = EpochRunner.LOCAL;

        private Builder() {}

        /** All training settings at once; give it before {@link #epochs} or {@link #batchSize}, which change it. */
        public Builder spec(TrainSpec value) {
            spec = Objects.requireNonNull(value, "spec").toBuilder();
            return this;
        }

        public Builder epochs(int value) {
            spec.epochs(value);
            return this;
        }

        public Builder batchSize(int value) {
            spec.batchSize(value);
            return this;
        }

        /** Data to report on after each epoch (and for early stopping); null for none. */
        public Builder validation(@Nullable Dataset value) {
            validation = value;
            return this;
        }

        /** As {@link #validation(Dataset)}, when training on a streamed data set. */
        public Builder validation(@Nullable StreamedDataset value) {
            streamedValidation = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * Trains on {@code value} compute threads (the caller's counted), started for this call
         * and stopped after it; 0, the default, trains on the model's own. The weights come out
         * bit-identical whatever the count.
         *
         * @throws IllegalArgumentException when {@code value} is negative
         */
        public Builder threads(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("threads must be 0 (the model's own) or more, not " + value);
            }
            threads = value;
            return this;
        }

        /** Adds {@code value}: every listener given hears every event, in the order given. */
        public Builder listener(TrainingListener value) {
            listener = listener.andThen(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /** Training stops after the current batch, keeping a usable model, once {@code value} returns true. */
        public Builder cancelWhen(BooleanSupplier value) {
            cancelled = Objects.requireNonNull(value, "cancelWhen");
            return this;
        }

        /** Who runs each epoch's batches; for engines such as the Spark module's. */
        public Builder runners(EpochRunner.Factory value) {
            runners = Objects.requireNonNull(value, "runners");
            return this;
        }

        /** @throws IllegalArgumentException when the training settings are out of range (epochs below 1, say) */
        public FitOptions build() {
            return new FitOptions(this);
        }
    }
}
