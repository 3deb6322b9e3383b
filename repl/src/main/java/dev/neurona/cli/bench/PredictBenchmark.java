package dev.neurona.cli.bench;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.spec.ActivationSpec;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The prediction figures of {@code nn bench}, for the MLP of {@code samples/mnist.nn}
 * (784-128-64-10): the latency of one row (µs) and the throughput of batches of 64 rows
 * (rows/s), on one thread and on all, each the median call. Features go in already prepared, so
 * this is the network's own time; {@link OnnxComparisonBenchmark} times raw rows through the
 * model's preprocessing, ours against ONNX Runtime's on the exported file.
 */
public final class PredictBenchmark {
    private static final long MEASURE_NANOS = 200_000_000L;
    static final int BATCH = 64;

    private final PrintStream out;
    private final int threads;

    public PredictBenchmark(PrintStream out, int threads) {
        this.out = out;
        this.threads = threads;
    }

    public void run() {
        predict(1);
        if (threads > 1) predict(threads);
    }

    private void predict(int poolThreads) {
        try (ComputePool pool = new ComputePool(poolThreads)) {
            Network network = Model.create(
                            Model.builder()
                                    .input(28, 28)
                                    .dense(128, ActivationSpec.RELU)
                                    .dense(64, ActivationSpec.RELU)
                                    .dense(10, ActivationSpec.SOFTMAX)
                                    .spec(),
                            1,
                            pool)
                    .network();
            SplittableRandom random = new SplittableRandom(5);
            float[] rows = new float[BATCH * network.inputWidth()];
            for (int i = 0; i < rows.length; i++) rows[i] = random.nextInt(256) / 255f;
            float[] one = Arrays.copyOf(rows, network.inputWidth());
            double single = MedianTime.seconds(() -> network.predict(one, 1), MEASURE_NANOS);
            double batch = MedianTime.seconds(() -> network.predict(rows, BATCH), MEASURE_NANOS);
            out.printf(
                    Locale.ROOT,
                    "predict model=784-128-64-10 rows=1 threads=%d microseconds=%.1f%n",
                    poolThreads,
                    single * 1e6);
            out.printf(
                    Locale.ROOT,
                    "predict model=784-128-64-10 rows=%d threads=%d rows_per_s=%.0f%n",
                    BATCH,
                    poolThreads,
                    BATCH / batch);
        }
    }
}
