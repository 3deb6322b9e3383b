package dev.neurona.spark;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.TrainingEngine;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;
import java.util.function.BooleanSupplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Trains, evaluates and predicts on a Spark cluster: synchronous data-parallel training with
 * parameter averaging over {@code partitions} partitions, synchronising every {@code syncEvery}
 * local minibatch steps (see {@link DistributedEpochs}). Epochs, validation, early stopping,
 * checkpoints, history and the listener's epoch lines are those of local training; with one
 * partition synchronising every step the weights are local training's, bit for bit.
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * TrainingEngine engine = new SparkEngine(spark, 2, 8);
 * engine.fit(model, train, null, spec, 7, listener, () -> false);
 * Evaluation result = engine.evaluate(model, test);
 * }</pre>
 * The training rows live on the driver (a runtime {@link Dataset}); each partition's share is
 * broadcast once per training run, and each round ships only the model and the round's row
 * indices. Thread-compatible: one call at a time per engine.
 */
public final class SparkEngine implements TrainingEngine {
    private final SparkSession session;
    private final JavaSparkContext context;
    private final int partitions;
    private final int syncEvery;
    private final @Nullable FaultInjection fault;

    /**
     * @param partitions P, the number of partitions (workers) training runs on, at least 1
     * @param syncEvery  K, the local minibatch steps between two averagings, at least 1
     */
    public SparkEngine(SparkSession session, int partitions, int syncEvery) {
        this(session, partitions, syncEvery, null);
    }

    private SparkEngine(SparkSession session, int partitions, int syncEvery, @Nullable FaultInjection fault) {
        if (partitions < 1) throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        if (syncEvery < 1) throw new IllegalArgumentException("sync-every must be at least 1, got " + syncEvery);
        this.session = session;
        this.context = JavaSparkContext.fromSparkContext(session.sparkContext());
        this.partitions = partitions;
        this.syncEvery = syncEvery;
        this.fault = fault;
    }

    /** For tests of failure handling: the same engine, with one task made to fail. */
    SparkEngine withFault(FaultInjection injected) {
        return new SparkEngine(session, partitions, syncEvery, injected);
    }

    public SparkSession session() {
        return session;
    }

    public int partitions() {
        return partitions;
    }

    public int syncEvery() {
        return syncEvery;
    }

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
                        .runners(start -> new DistributedEpochs(context, partitions, syncEvery, fault, start))
                        .build());
    }

    @Override
    public Evaluation evaluate(Model model, Dataset data) {
        return new DistributedScoring(context, partitions).evaluate(model, data);
    }

    @Override
    public float[] predict(Model model, Dataset data) {
        return new DistributedScoring(context, partitions).predict(model, data);
    }

    @Override
    public String toString() {
        return "spark(" + context.master() + ", partitions " + partitions + ", sync every " + syncEvery + ")";
    }
}
