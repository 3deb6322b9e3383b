package dev.neurona.bench;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Training throughput of 784-128-64-10 (ReLU, softmax, Adam) at batch 64, in samples per second:
 * one invocation is one epoch over 6,400 random images, i.e. 100 full training steps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class TrainingStepBenchmark {
    static final int ROWS = 6400;

    @Param({"1", "2"})
    public int threads;

    private ComputePool pool;
    private Model model;
    private Dataset data;
    private TrainSpec spec;
    private long seed;

    @Setup(Level.Trial)
    public void setUp() {
        pool = new ComputePool(threads);
        model = Model.create(
                Model.builder()
                        .input(28, 28)
                        .dense(128, ActivationSpec.RELU)
                        .dense(64, ActivationSpec.RELU)
                        .dense(10, ActivationSpec.SOFTMAX)
                        .spec(),
                1,
                pool);
        data = randomImages();
        spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.adam(0.001))
                .epochs(1)
                .batchSize(64)
                .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public Object trainOneEpoch() {
        return model.fit(data, FitOptions.builder().spec(spec).seed(seed++).build());
    }

    static Dataset randomImages() {
        SplittableRandom random = new SplittableRandom(3);
        float[] pixels = new float[ROWS * 784];
        for (int i = 0; i < pixels.length; i++) pixels[i] = random.nextInt(256) / 255f;
        int[] labels = new int[ROWS];
        for (int i = 0; i < ROWS; i++) labels[i] = random.nextInt(10);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 784; i++) names.add("px" + i);
        List<String> classes = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        Schema schema = new Schema(names, List.of(28, 28), Task.CLASSIFICATION, classes, List.of("label"));
        return new Dataset("random", schema, Preprocessing.identity(names), pixels, ROWS, labels, null);
    }
}
