package dev.neurona.runtime;

import dev.neurona.runtime.data.Batch;
import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.StreamBatches;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.explain.Explanation;
import dev.neurona.runtime.io.ModelFile;
import dev.neurona.runtime.io.ModelSnapshot;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.spec.LossSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.Checkpoint;
import dev.neurona.runtime.train.DivergenceException;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.History;
import dev.neurona.runtime.train.Predictions;
import dev.neurona.runtime.train.Trainer;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A network together with what it learned from: the embedding API's centre.
 * <pre>{@code
 * Model model = Model.builder().input(4).dense(16, ActivationSpec.RELU).dense(3, ActivationSpec.SOFTMAX).build(7);
 * model.fit(train, FitOptions.builder().epochs(20).validation(valid).build());
 * Evaluation result = model.evaluate(test);
 * String species = model.predictClass(5.1, 3.5, 1.4, 0.2);
 * model.save(Path.of("iris.nnm"));
 * }</pre>
 * Once trained, a model carries its data's schema (feature and class names) and preprocessing,
 * so it predicts on raw inputs and survives a save and load whole. Not thread-safe.
 */
public final class Model {
    private final Network network;
    private final SplittableRandom seeds;
    private @Nullable Schema schema;
    private @Nullable Preprocessing preprocessing;
    private History history = History.EMPTY;
    private @Nullable LossSpec lossSpec;
    private @Nullable DivergenceException lastDivergence;

    /** Rows per forward pass when predicting on a streamed data set. */
    private static final int PREDICT_BATCH = 512;

    private Model(Network network, long seed) {
        this.network = network;
        this.seeds = new SplittableRandom(seed);
    }

    public static ModelBuilder builder() {
        return new ModelBuilder();
    }

    /** A fresh model of {@code spec}; its weights and its training randomness come from {@code seed}. */
    public static Model create(ModelSpec spec, long seed) {
        return create(spec, seed, ComputePool.shared());
    }

    /** As {@link #create(ModelSpec, long)}, computing on {@code pool}. */
    public static Model create(ModelSpec spec, long seed, ComputePool pool) {
        return new Model(new Network(spec, seed, pool), seed ^ 0x9E3779B97F4A7C15L);
    }

    public ModelSpec spec() {
        return network.spec();
    }

    /** The live network: its layers, params and buffers. */
    public Network network() {
        return network;
    }

    /** The data schema learned from, or null before the first training or load. */
    public @Nullable Schema schema() {
        return schema;
    }

    /** How raw inputs become features, or null before the first training or load. */
    public @Nullable Preprocessing preprocessing() {
        return preprocessing;
    }

    public History history() {
        return history;
    }

    /** The loss of the last training run, or the default for this model's output. */
    public LossSpec lossSpec() {
        return lossSpec != null ? lossSpec : LossSpec.defaultFor(spec());
    }

    public long parameterCount() {
        return network.parameterCount();
    }

    /** As {@link #fit(Dataset, FitOptions)} with {@code spec} and every other option at its default. */
    public TrainingResult fit(Dataset train, TrainSpec spec) {
        return fit(train, FitOptions.builder().spec(spec).build());
    }

    /**
     * Trains on {@code train}, continuing from the current weights.
     *
     * @param options the training settings, validation data, seed, listeners and cancellation;
     *                without a seed, one is drawn from this model's own seed stream
     */
    public TrainingResult fit(Dataset train, FitOptions options) {
        long seed = seedOf(options);
        Dataset validation = options.validation();
        return train(
                train.schema(),
                train.preprocessing(),
                options,
                (trainer, recording, checkpoint) -> trainer.fit(
                        train, validation, seed, recording, checkpoint, options.cancelled(), options.runners()));
    }

    /**
     * As {@link #fit(Dataset, FitOptions)}, on data read from its files batch by batch each epoch
     * ({@link StreamedDataset}); the validation data, if any, is {@link FitOptions#streamedValidation()}
     * (a streamed data set cannot hold out a share, {@code validate P%}, of itself).
     */
    public TrainingResult fit(StreamedDataset train, FitOptions options) {
        long seed = seedOf(options);
        StreamedDataset validation = options.streamedValidation();
        return train(
                train.schema(),
                train.preprocessing(),
                options,
                (trainer, recording, checkpoint) ->
                        trainer.fit(train, validation, seed, recording, checkpoint, options.cancelled()));
    }

    private long seedOf(FitOptions options) {
        return options.seed().isPresent() ? options.seed().getAsLong() : seeds.nextLong();
    }

    /** One training run of the trainer, the same for loaded and streamed data. */
    @FunctionalInterface
    private interface Run {
        TrainingResult fit(Trainer trainer, TrainingListener recording, Checkpoint checkpoint);
    }

    /**
     * Runs {@code run} on the threads {@code options} ask for: on this model's network when they
     * ask for none (or for as many as its pool has), otherwise on a twin network with the same
     * weights and noise stream on a pool of its own, whose weights and noise stream come back
     * into this model's network however training ends (checkpoints copy them first).
     */
    private TrainingResult train(Schema dataSchema, Preprocessing dataPreprocessing, FitOptions options, Run run) {
        int threads = options.threads();
        if (threads == 0 || threads == network.pool().threads()) {
            return train(network, dataSchema, dataPreprocessing, options.spec(), options.listener(), run);
        }
        try (ComputePool pool = new ComputePool(threads)) {
            Network twin = new Network(spec(), 0, pool);
            twin.setWeights(network.copyWeights());
            twin.reseedNoise(network.noiseState());
            try {
                return train(twin, dataSchema, dataPreprocessing, options.spec(), options.listener(), run);
            } finally {
                takeWeightsOf(twin);
            }
        }
    }

    private void takeWeightsOf(Network training) {
        if (training != network) {
            network.setWeights(training.copyWeights());
            network.reseedNoise(training.noiseState());
        }
    }

    /**
     * Runs {@code run} on {@code training} (this model's network or its twin) and keeps what it
     * learned from: the schema and preprocessing of the data (restored when the first training
     * fails at once), the history, and checkpoints.
     */
    private TrainingResult train(
            Network training,
            Schema dataSchema,
            Preprocessing dataPreprocessing,
            TrainSpec spec,
            TrainingListener listener,
            Run run) {
        Trainer trainer = new Trainer(training, spec);
        lossSpec = spec.lossFor(spec());
        List<EpochMetrics> sofar = new ArrayList<>();
        TrainingListener recorder = new TrainingListener() {
            @Override
            public void onEpochEnd(EpochMetrics metrics) {
                sofar.add(metrics);
            }
        };
        TrainingListener recording = recorder.andThen(listener);
        Schema previousSchema = schema;
        Preprocessing previousPreprocessing = preprocessing;
        History previousHistory = history;
        schema = dataSchema;
        preprocessing = dataPreprocessing;
        Path checkpointPath = spec.checkpoint();
        Checkpoint checkpoint = checkpointPath == null
                ? Checkpoint.NONE
                : metrics -> {
                    history = previousHistory.plus(sofar);
                    takeWeightsOf(training);
                    save(checkpointPath);
                };
        lastDivergence = null;
        try {
            TrainingResult result = run.fit(trainer, recording, checkpoint);
            history = previousHistory.plus(result.epochs());
            return result;
        } catch (RuntimeException e) {
            history = previousHistory.plus(sofar);
            if (e instanceof DivergenceException diverged) {
                lastDivergence = diverged;
            }
            if (sofar.isEmpty() && previousHistory.isEmpty()) {
                schema = previousSchema;
                preprocessing = previousPreprocessing;
            }
            throw e;
        }
    }

    /**
     * How the last training run diverged (its loss became NaN or infinite), or empty when it did
     * not; kept while this model lives, not saved with it.
     */
    public java.util.Optional<DivergenceException> lastDivergence() {
        return java.util.Optional.ofNullable(lastDivergence);
    }

    /**
     * This model in plain words, in the language Neurona speaks closest to {@code locale}
     * (English or Spanish): each layer's job, shapes and parameters, the sizing advice that
     * applies, and one verdict on its training with the figures behind it and what to try next.
     * {@link Explanation#format()} gives the text.
     */
    public Explanation explain(java.util.Locale locale) {
        return explain("model", locale);
    }

    /** As {@link #explain(java.util.Locale)}, calling the model {@code name}. */
    public Explanation explain(String name, java.util.Locale locale) {
        return Explanation.of(name, this, locale);
    }

    /** Loss and the figures of its task (accuracy, per-class report; or MSE, MAE, R²) on {@code data}. */
    public Evaluation evaluate(Dataset data) {
        return Evaluation.of(this, data);
    }

    /** As {@link #evaluate(Dataset)}, reading a streamed data set in file order (twice for regression). */
    public Evaluation evaluate(StreamedDataset data) {
        return Evaluation.of(this, data);
    }

    /**
     * The network's outputs for every row of a streamed data set, whose rows its own
     * preprocessing has already prepared, read once in file order and handed to {@code sink}
     * batch by batch (in inference mode): the batch, and its {@code batch.rows() × outputWidth}
     * outputs row-major, valid only during the call.
     */
    public void predictPrepared(StreamedDataset data, BiConsumer<Batch, float[]> sink) {
        requireWidth(data.width());
        try (StreamBatches batches = data.batches(PREDICT_BATCH)) {
            float[] outputs = new float[PREDICT_BATCH * network.outputWidth()];
            org.ejml.data.FMatrixRMaj input = new org.ejml.data.FMatrixRMaj(1, 1);
            while (batches.hasNext()) {
                Batch batch = batches.next();
                int n = batch.rows();
                input.reshape(n, batch.width());
                System.arraycopy(batch.features(), 0, input.data, 0, n * batch.width());
                org.ejml.data.FMatrixRMaj y = network.forward(input, false);
                System.arraycopy(y.data, 0, outputs, 0, n * network.outputWidth());
                sink.accept(batch, outputs);
            }
        }
    }

    /**
     * The network's outputs for every row of {@code data}, row-major; its rows are taken as they
     * are, already prepared by the data set's own preprocessing.
     */
    public float[] predictPrepared(Dataset data) {
        requireWidth(data.width());
        if (!data.heldAsBytes()) {
            return network.predict(data.features(), data.rows());
        }
        // Rows widened one network chunk at a time, never the whole data set: the same chunks, the same outputs.
        int width = data.width();
        int outputs = network.outputWidth();
        float[] chunk = new float[Network.PREDICT_CHUNK * width];
        float[] result = new float[data.rows() * outputs];
        for (int start = 0; start < data.rows(); start += Network.PREDICT_CHUNK) {
            int n = Math.min(Network.PREDICT_CHUNK, data.rows() - start);
            for (int i = 0; i < n; i++) data.copyRow(start + i, chunk, i * width);
            System.arraycopy(network.predict(chunk, n), 0, result, start * outputs, n * outputs);
        }
        return result;
    }

    /**
     * The network's outputs for one row of features already prepared (scaled, encoded) as the
     * network takes them; {@link #predict(double...)} takes raw measurements.
     */
    public float[] predictPrepared(float[] features) {
        requireWidth(features.length);
        return network.predict(features, 1);
    }

    /**
     * The outputs for one row of raw measurements, as in the data file, after the model's own
     * preprocessing: {@code iris.predict(5.1, 3.5, 1.4, 0.2)}.
     */
    public float[] predict(double... raw) {
        return predictPrepared(requirePreprocessing().apply(raw));
    }

    /**
     * The outputs for many rows of raw measurements, row after row, after the model's own
     * preprocessing: one batch through the network, the same numbers as predicting each row alone.
     */
    public float[] predict(double[][] rows) {
        Preprocessing p = requirePreprocessing();
        return network.predict(rows.length, (row, into, at) -> p.apply(rows[row], into, at));
    }

    /** The outputs for one raw input row given as cells (numbers or text), after preprocessing. */
    public float[] predict(String... cells) {
        return predictPrepared(requirePreprocessing().apply(cells));
    }

    /** The name of the class this model picks for one raw input row. */
    public String predictClass(double... raw) {
        if (schema == null || schema.task() != Task.CLASSIFICATION) {
            throw new IllegalStateException("predictClass needs a model trained for classification");
        }
        float[] out = predict(raw);
        return schema.classNames().get(Predictions.predictedClass(out, 0, out.length));
    }

    /** Writes everything needed to predict and go on training; never leaves a half-written file. */
    public void save(Path file) {
        ModelFile.save(new ModelSnapshot(spec(), schema, preprocessing, history, network.copyWeights()), file);
    }

    /** Reads a model saved by {@link #save}, checking the file's integrity and format version. */
    public static Model load(Path file) {
        return load(file, ComputePool.shared());
    }

    /** As {@link #load(Path)}, computing on {@code pool}. */
    public static Model load(Path file, ComputePool pool) {
        ModelSnapshot snapshot = ModelFile.load(file);
        Model model = create(snapshot.spec(), 0, pool);
        try {
            model.network.setWeights(snapshot.weights());
        } catch (IllegalArgumentException e) {
            throw new dev.neurona.runtime.io.ModelFileException("'" + file + "' is damaged: " + e.getMessage());
        }
        model.schema = snapshot.schema();
        model.preprocessing = snapshot.preprocessing();
        model.history = snapshot.history();
        return model;
    }

    private Preprocessing requirePreprocessing() {
        if (preprocessing == null) {
            throw new IllegalStateException(
                    "the model has not been trained yet, so it has no preprocessing for raw inputs");
        }
        return preprocessing;
    }

    private void requireWidth(int width) {
        if (width != network.inputWidth()) {
            throw new DataException(dev.neurona.runtime.i18n.Text.of(
                    "input.width", String.valueOf(network.inputWidth()), String.valueOf(width)));
        }
    }
}
