package dev.neurona.cli.bench;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.ModelBuilder;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How the cost of an epoch grows, the epoch figures of {@code nn bench}: seconds of one training
 * epoch on synthetic data of Fashion-MNIST's size (60,000 random 28×28 images of pixels in [0, 1],
 * 10 random classes; nothing is read or downloaded), Adam (lr 0.001), along two axes: the width W
 * of one hidden ReLU layer, 784-W-10 for W = 128, 512 and 2048 at batch 64, and the batch size of
 * 784-128-64-10, 32 and 256. One line each:
 * <pre>{@code epoch model=784-2048-10 batch=64 threads=2 rows=60000 seconds=3.912}</pre>
 * Each figure is the faster of two whole epochs of every row (shuffled, the last batch short),
 * each timed by the trainer, after a warm-up epoch on the first tenth of the rows with the same
 * model, so that the JIT has compiled that shape's code; the steady cost, not the first epoch's.
 * {@code bench/peers/torch_scaling.py} prints the same lines for PyTorch.
 */
public final class EpochBenchmark {
    /** Fashion-MNIST's training rows. */
    public static final int ROWS = 60_000;

    /** Whole epochs timed per configuration; the fastest is reported. */
    private static final int TIMED_EPOCHS = 2;

    /** The configurations timed: hidden widths (784-W-10) at batch 64, then batch sizes of 784-128-64-10. */
    static final List<Config> CONFIGS = List.of(
            new Config(List.of(128), 64),
            new Config(List.of(512), 64),
            new Config(List.of(2048), 64),
            new Config(List.of(128, 64), 32),
            new Config(List.of(128, 64), 256));

    private final PrintStream out;
    private final int threads;
    private final int rows;

    public EpochBenchmark(PrintStream out, int threads) {
        this(out, threads, ROWS);
    }

    /** With fewer rows than Fashion-MNIST's, for a quick check of the lines (a test, say). */
    public EpochBenchmark(PrintStream out, int threads, int rows) {
        this.out = out;
        this.threads = threads;
        this.rows = rows;
    }

    public void run() {
        Dataset data = MachineBenchmark.randomImages(rows);
        Dataset warmUp = data.subset(IntStream.range(0, Math.max(1, rows / 10)).toArray());
        try (ComputePool pool = new ComputePool(threads)) {
            for (Config config : CONFIGS) {
                TrainSpec.Builder spec =
                        TrainSpec.builder().optimizer(OptimizerSpec.adam(0.001)).batchSize(config.batch());
                Model model = Model.create(config.spec(), 1, pool);
                model.fit(
                        warmUp,
                        FitOptions.builder()
                                .spec(spec.epochs(1).build())
                                .seed(1)
                                .build());
                double[] seconds = {Double.POSITIVE_INFINITY};
                model.fit(
                        data,
                        FitOptions.builder()
                                .spec(spec.epochs(TIMED_EPOCHS).build())
                                .seed(2)
                                .listener(new TrainingListener() {
                                    @Override
                                    public void onEpochEnd(EpochMetrics metrics) {
                                        seconds[0] = Math.min(seconds[0], metrics.seconds());
                                    }
                                })
                                .build());
                out.printf(
                        Locale.ROOT,
                        "epoch model=%s batch=%d threads=%d rows=%d seconds=%.3f%n",
                        config.name(),
                        config.batch(),
                        threads,
                        rows,
                        seconds[0]);
            }
        }
    }

    /** A 784-…-10 ReLU/softmax MLP of the given hidden widths, and its batch size. */
    record Config(List<Integer> hidden, int batch) {
        String name() {
            StringBuilder name = new StringBuilder("784");
            for (int width : hidden) name.append('-').append(width);
            return name.append("-10").toString();
        }

        ModelSpec spec() {
            ModelBuilder builder = Model.builder().input(28, 28);
            for (int width : hidden) builder.dense(width, ActivationSpec.RELU);
            return builder.dense(10, ActivationSpec.SOFTMAX).spec();
        }
    }
}
