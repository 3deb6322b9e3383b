package dev.neurona.bench;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.IdxLoader;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.linalg.MatMul;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The convolutional workload timed against PyTorch ({@code bench/peers/torch_cnn.py}): Fashion-MNIST,
 * {@code conv 16 3x3 relu same, maxpool 2x2, conv 32 3x3 relu same, maxpool 2x2, dense 128 relu,
 * dense 10 softmax}, Adam (lr 0.001), batch 64; then accuracy on the test images. Prints one
 * {@code key value} line per figure, as the peer scripts do.
 * <pre>{@code java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar \
 *     dev.neurona.bench.CnnEpochs DIR [epochs] [threads]}</pre>
 * DIR holds {@code train-*} and {@code t10k-*} IDX files (or {@code test-*}, as the shipped
 * mnist-10k does).
 */
public final class CnnEpochs {
    /** The network of the issue and of {@code torch_cnn.py}. */
    public static final ModelSpec NETWORK = Model.builder()
            .input(1, 28, 28)
            .conv(16, 3, ActivationSpec.RELU, 1, Padding.SAME)
            .maxpool(2)
            .conv(32, 3, ActivationSpec.RELU, 1, Padding.SAME)
            .maxpool(2)
            .dense(128, ActivationSpec.RELU)
            .dense(10, ActivationSpec.SOFTMAX)
            .spec();

    private CnnEpochs() {}

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int threads = args.length > 2
                ? Integer.parseInt(args[2])
                : Runtime.getRuntime().availableProcessors();
        String testPrefix = Files.exists(dir.resolve("t10k-images-idx3-ubyte.gz")) ? "t10k" : "test";

        DataOptions pixels = DataOptions.builder().scale(1 / 255.0).build();
        Dataset train = DataPipeline.prepare(
                        IdxLoader.load(
                                dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz")),
                        pixels,
                        "train",
                        1)
                .all();
        Dataset test = DataPipeline.prepare(
                        IdxLoader.load(
                                dir.resolve(testPrefix + "-images-idx3-ubyte.gz"),
                                dir.resolve(testPrefix + "-labels-idx1-ubyte.gz")),
                        pixels,
                        "test",
                        1)
                .all();

        try (ComputePool pool = new ComputePool(threads)) {
            Model model = Model.create(NETWORK, 1, pool);
            TrainSpec spec = TrainSpec.builder()
                    .optimizer(OptimizerSpec.adam(0.001))
                    .epochs(epochs)
                    .batchSize(64)
                    .build();
            print("peer", "neurona");
            print("kernel", MatMul.kernelName());
            print("threads", threads);
            print("parameters", model.parameterCount());
            model.fit(
                    train,
                    FitOptions.builder()
                            .spec(spec)
                            .seed(1)
                            .listener(new TrainingListener() {
                                @Override
                                public void onWarmUp(int steps, double seconds) {
                                    print("warmup_steps", steps);
                                    print("warmup_seconds", seconds);
                                }

                                @Override
                                public void onEpochEnd(EpochMetrics m) {
                                    print("epoch_seconds", m.seconds());
                                    print("epoch_loss", m.loss());
                                }
                            })
                            .build());
            print("test_accuracy", model.evaluate(test).accuracy());
        }
    }

    private static void print(String key, Object value) {
        System.out.println(
                value instanceof Double d ? String.format(Locale.ROOT, "%s %.4f", key, d) : key + " " + value);
    }
}
