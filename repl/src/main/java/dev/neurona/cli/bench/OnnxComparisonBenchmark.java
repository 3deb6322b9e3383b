package dev.neurona.cli.bench;

import dev.neurona.onnx.OnnxExport;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Ours against ONNX Runtime's on the same exported file, in one run: the MNIST MLP of {@code
 * samples/mnist.nn} (784-128-64-10) takes raw pixels (0-255) on both sides, its preprocessing in
 * our model and in the graph; one row's latency (µs) and batches of 64 rows (rows/s), on one
 * thread and on all. Both sides are first checked to agree. ONNX Runtime's first session in a
 * process ran batches several times slower than any later one, so each side is measured on a
 * second session (ours a second model) after a first one warmed the process.
 */
public final class OnnxComparisonBenchmark {
    private static final long MEASURE_NANOS = 200_000_000L;
    private static final int BATCH = PredictBenchmark.BATCH;
    private static final int WIDTH = 784;

    private final PrintStream out;
    private final int threads;

    public OnnxComparisonBenchmark(PrintStream out, int threads) {
        this.out = out;
        this.threads = threads;
    }

    public void run() {
        Optional<OnnxRuntimeJar> jar = OnnxRuntimeJar.find();
        if (jar.isEmpty()) {
            out.println("predict-onnx onnxruntime=absent get_it_with=\"mvn dependency:get -Dartifact="
                    + OnnxRuntimeJar.coordinates() + "\" or set NN_ONNXRUNTIME_JAR");
            return;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("nn-bench-onnx");
            Path saved = dir.resolve("mlp.nnm");
            Path onnx = dir.resolve("mlp.onnx");
            trained().save(saved);
            OnnxExport.write(Model.load(saved), onnx);
            double[][] raw = rawRows();
            float[] batch = new float[BATCH * WIDTH];
            for (int r = 0; r < BATCH; r++) {
                for (int j = 0; j < WIDTH; j++) batch[r * WIDTH + j] = (float) raw[r][j];
            }
            compare(jar.get(), saved, onnx, 1, raw, batch);
            if (threads > 1) compare(jar.get(), saved, onnx, threads, raw, batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    private void compare(OnnxRuntimeJar jar, Path saved, Path onnx, int poolThreads, double[][] raw, float[] batch) {
        for (boolean shown : new boolean[] {false, true}) {
            try (ComputePool pool = new ComputePool(poolThreads);
                    OnnxRuntimeRunner theirs = jar.open(onnx, poolThreads, WIDTH)) {
                Model ours = Model.load(saved, pool);
                double diff = maxAbsDiff(ours.predict(raw), theirs.run(batch, BATCH));
                double[] first = raw[0];
                float[] firstRow = java.util.Arrays.copyOf(batch, WIDTH);
                double oursOne = MedianTime.seconds(() -> ours.predict(first), MEASURE_NANOS);
                double theirsOne = MedianTime.seconds(() -> theirs.run(firstRow, 1), MEASURE_NANOS);
                double oursBatch = MedianTime.seconds(() -> ours.predict(raw), MEASURE_NANOS);
                double theirsBatch = MedianTime.seconds(() -> theirs.run(batch, BATCH), MEASURE_NANOS);
                if (!shown) continue;
                out.printf(
                        Locale.ROOT,
                        "predict-onnx model=784-128-64-10 rows=1 threads=%d ours_microseconds=%.1f"
                                + " onnxruntime_microseconds=%.1f onnxruntime=%s max_abs_diff=%.1e%n",
                        poolThreads,
                        oursOne * 1e6,
                        theirsOne * 1e6,
                        theirs.version(),
                        diff);
                out.printf(
                        Locale.ROOT,
                        "predict-onnx model=784-128-64-10 rows=%d threads=%d ours_rows_per_s=%.0f"
                                + " onnxruntime_rows_per_s=%.0f onnxruntime=%s max_abs_diff=%.1e%n",
                        BATCH,
                        poolThreads,
                        BATCH / oursBatch,
                        BATCH / theirsBatch,
                        theirs.version(),
                        diff);
            }
        }
    }

    /** The MLP after one epoch on random digits: speed does not depend on how good it is, only its preprocessing must be real. */
    private static Model trained() {
        Dataset digits = DataPipeline.prepare(
                        MachineBenchmark.randomImages(640, 1f),
                        DataOptions.builder().scale(1 / 255.0).build(),
                        "digits",
                        7)
                .all();
        Model model = Model.builder()
                .input(28, 28)
                .dense(128, ActivationSpec.RELU)
                .dense(64, ActivationSpec.RELU)
                .dense(10, ActivationSpec.SOFTMAX)
                .build(7);
        model.fit(
                digits,
                TrainSpec.builder()
                        .epochs(1)
                        .batchSize(32)
                        .optimizer(OptimizerSpec.adam(0.002))
                        .build());
        return model;
    }

    private static double[][] rawRows() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] rows = new double[BATCH][WIDTH];
        for (double[] row : rows) {
            for (int j = 0; j < WIDTH; j++) row[j] = random.nextInt(256);
        }
        return rows;
    }

    private static double maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalStateException("ONNX Runtime gave " + b.length + " outputs, we gave " + a.length);
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) max = Math.max(max, Math.abs((double) a[i] - b[i]));
        return max;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // A temporary folder left behind is not worth failing the bench for.
        }
    }
}
