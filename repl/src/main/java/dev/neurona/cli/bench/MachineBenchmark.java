package dev.neurona.cli.bench;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.linalg.MatMul;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.CommonOps_MT_FDRM;

/**
 * What {@code nn bench} measures on this machine: matmul GFLOP/s at the shapes training uses
 * (and 1024³), ours on one thread and on all, EJML's single and concurrent multiply on the same
 * inputs, and training throughput of 784-128-64-10 at batch 64. One line per figure,
 * {@code key=value} fields, so scripts can read it. A quick measure, not a JMH run: the
 * {@code bench} module holds the JMH benchmarks.
 */
public final class MachineBenchmark {
    /** How long each figure is timed, after a warm-up of the same length. */
    private static final long MEASURE_NANOS = 400_000_000L;

    private final PrintStream out;
    private final int threads;

    public MachineBenchmark(PrintStream out, int threads) {
        this.out = out;
        this.threads = threads;
    }

    public void run() {
        out.println("kernel " + MatMul.kernelName());
        out.println("threads " + threads);
        warmUp();
        for (Shape shape : Shape.values()) matmul(shape);
        training(1);
        if (threads > 1) training(threads);
        new LoadBenchmark(out).run();
    }

    private void matmul(Shape shape) {
        SplittableRandom random = new SplittableRandom(1);
        FMatrixRMaj a =
                shape.transA ? random(shape.depth, shape.rows, random) : random(shape.rows, shape.depth, random);
        FMatrixRMaj b =
                shape.transB ? random(shape.cols, shape.depth, random) : random(shape.depth, shape.cols, random);
        FMatrixRMaj c = new FMatrixRMaj(shape.rows, shape.cols);
        double flops = 2.0 * shape.rows * shape.cols * shape.depth;
        try (ComputePool one = new ComputePool(1);
                ComputePool all = new ComputePool(threads)) {
            report(shape, "neurona", 1, flops / MedianTime.seconds(() -> ours(one, shape, a, b, c), MEASURE_NANOS));
            if (threads > 1)
                report(
                        shape,
                        "neurona",
                        threads,
                        flops / MedianTime.seconds(() -> ours(all, shape, a, b, c), MEASURE_NANOS));
        }
        report(shape, "ejml", 1, flops / MedianTime.seconds(() -> ejml(false, shape, a, b, c), MEASURE_NANOS));
        report(shape, "ejml_mt", threads, flops / MedianTime.seconds(() -> ejml(true, shape, a, b, c), MEASURE_NANOS));
    }

    /** Lets the JIT compile the kernels before the first figure is taken, so it is not the slowest. */
    private static void warmUp() {
        SplittableRandom random = new SplittableRandom(2);
        FMatrixRMaj a = random(256, 256, random);
        FMatrixRMaj b = random(256, 256, random);
        FMatrixRMaj c = new FMatrixRMaj(256, 256);
        long end = System.nanoTime() + 2 * MEASURE_NANOS;
        try (ComputePool one = new ComputePool(1)) {
            while (System.nanoTime() < end) {
                MatMul.mult(one, a, b, c);
                MatMul.multTransA(one, a, b, c);
                MatMul.multTransB(one, a, b, c);
            }
        }
    }

    private void training(int poolThreads) {
        int rows = 6400;
        Dataset data = randomImages(rows);
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.adam(0.001))
                .epochs(1)
                .batchSize(64)
                .build();
        try (ComputePool pool = new ComputePool(poolThreads)) {
            Model model = Model.create(
                    Model.builder()
                            .input(28, 28)
                            .dense(128, ActivationSpec.RELU)
                            .dense(64, ActivationSpec.RELU)
                            .dense(10, ActivationSpec.SOFTMAX)
                            .spec(),
                    1,
                    pool);
            long[] seed = {0};
            double perEpoch = MedianTime.seconds(
                    () -> model.fit(
                            data,
                            FitOptions.builder().spec(spec).seed(seed[0]++).build()),
                    MEASURE_NANOS);
            out.printf(
                    Locale.ROOT,
                    "train model=784-128-64-10 batch=64 threads=%d samples_per_s=%.0f%n",
                    poolThreads,
                    rows / perEpoch);
        }
    }

    private void report(Shape shape, String impl, int implThreads, double flopsPerSecond) {
        out.printf(
                Locale.ROOT,
                "matmul shape=%dx%dx%d form=%s impl=%s threads=%d gflops=%.1f%n",
                shape.rows,
                shape.cols,
                shape.depth,
                shape.form,
                impl,
                implThreads,
                flopsPerSecond / 1e9);
    }

    private static void ours(ComputePool pool, Shape shape, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        if (shape.transA) MatMul.multTransA(pool, a, b, c);
        else if (shape.transB) MatMul.multTransB(pool, a, b, c);
        else MatMul.mult(pool, a, b, c);
    }

    private static void ejml(boolean concurrent, Shape shape, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        if (shape.transA) {
            if (concurrent) CommonOps_MT_FDRM.multTransA(a, b, c);
            else CommonOps_FDRM.multTransA(a, b, c);
        } else if (shape.transB) {
            if (concurrent) CommonOps_MT_FDRM.multTransB(a, b, c);
            else CommonOps_FDRM.multTransB(a, b, c);
        } else {
            if (concurrent) CommonOps_MT_FDRM.mult(a, b, c);
            else CommonOps_FDRM.mult(a, b, c);
        }
    }

    private static FMatrixRMaj random(int rows, int cols, SplittableRandom random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) m.data[i] = (float) random.nextGaussian();
        return m;
    }

    /** Random 28×28 images (pixels i/255) with random labels of 10 classes: Fashion-MNIST's shape, none of its content. */
    static Dataset randomImages(int rows) {
        return randomImages(rows, 255f);
    }

    /** As {@link #randomImages(int)}, pixels i/divisor: 1 for raw bytes' values (0-255). */
    static Dataset randomImages(int rows, float divisor) {
        SplittableRandom random = new SplittableRandom(3);
        float[] pixels = new float[rows * 784];
        for (int i = 0; i < pixels.length; i++) pixels[i] = random.nextInt(256) / divisor;
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) labels[i] = random.nextInt(10);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 784; i++) names.add("px" + i);
        Schema schema = new Schema(
                names,
                List.of(28, 28),
                Task.CLASSIFICATION,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                List.of("label"));
        return new Dataset("random", schema, Preprocessing.identity(names), pixels, rows, labels, null);
    }

    /** The products measured: 1024³ and the three of one 784 → 128 dense layer on a batch of 64. */
    enum Shape {
        SQUARE(1024, 1024, 1024, false, false, "A*B"),
        FORWARD(64, 128, 784, false, false, "A*B"),
        WEIGHT_GRADIENT(784, 128, 64, true, false, "At*B"),
        INPUT_GRADIENT(64, 784, 128, false, true, "A*Bt");

        final int rows;
        final int cols;
        final int depth;
        final boolean transA;
        final boolean transB;
        final String form;

        Shape(int rows, int cols, int depth, boolean transA, boolean transB, String form) {
            this.rows = rows;
            this.cols = cols;
            this.depth = depth;
            this.transA = transA;
            this.transB = transB;
            this.form = form;
        }
    }
}
