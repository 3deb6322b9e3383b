package dev.neurona.bench;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.IdxLoader;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.linalg.MatMul;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The workload every peer is timed on: Fashion-MNIST (60,000 training images), 784-128-64-10
 * ReLU/softmax, Adam (lr 0.001), batch 64, three epochs; then accuracy on the 10,000 test images.
 * Prints one {@code key value} line per figure, as the peer scripts in {@code bench/peers/} do;
 * {@code epoch_cpu_seconds} is the CPU time the Java threads spent on each epoch;
 * {@code warmup_steps} and {@code warmup_seconds}, when printed, are the warm-up the trainer ran
 * on a scratch copy of the network before the first epoch (in no epoch's time).
 * <pre>{@code java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar \
 *     dev.neurona.bench.FashionMnistEpochs DIR [epochs] [threads]}</pre>
 */
public final class FashionMnistEpochs {
    private FashionMnistEpochs() {}

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2
                ? Integer.parseInt(args[2])
                : Runtime.getRuntime().availableProcessors();

        long loadStart = System.nanoTime();
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
                                dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz")),
                        pixels,
                        "test",
                        1)
                .all();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        try (ComputePool pool = new ComputePool(threads)) {
            Model model = Model.create(
                    Model.builder()
                            .input(28, 28)
                            .dense(128, ActivationSpec.RELU)
                            .dense(64, ActivationSpec.RELU)
                            .dense(10, ActivationSpec.SOFTMAX)
                            .spec(),
                    1,
                    pool);
            TrainSpec spec = TrainSpec.builder()
                    .optimizer(OptimizerSpec.adam(0.001))
                    .epochs(epochs)
                    .batchSize(64)
                    .build();
            print("peer", "neurona");
            print("kernel", MatMul.kernelName());
            print("threads", threads);
            print("load_seconds", loadSeconds);
            model.fit(
                    train,
                    FitOptions.builder()
                            .spec(spec)
                            .seed(1)
                            .listener(new TrainingListener() {
                                private double cpuBefore = javaThreadsCpuSeconds();

                                @Override
                                public void onWarmUp(int steps, double seconds) {
                                    print("warmup_steps", steps);
                                    print("warmup_seconds", seconds);
                                    cpuBefore = javaThreadsCpuSeconds();
                                }

                                @Override
                                public void onEpochEnd(EpochMetrics m) {
                                    print("epoch_seconds", m.seconds());
                                    double cpu = javaThreadsCpuSeconds();
                                    print("epoch_cpu_seconds", cpu - cpuBefore);
                                    cpuBefore = cpu;
                                }
                            })
                            .build());
            print("test_accuracy", model.evaluate(test).accuracy());
        }
    }

    /**
     * CPU time of all Java threads (the trainer and its pool; not the JIT's compiler threads):
     * unlike the wall clock, it barely moves when other processes share the cores.
     */
    private static double javaThreadsCpuSeconds() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (long id : threads.getAllThreadIds()) {
            nanos += Math.max(0, threads.getThreadCpuTime(id));
        }
        return nanos / 1e9;
    }

    private static void print(String key, Object value) {
        System.out.println(
                value instanceof Double d ? String.format(Locale.ROOT, "%s %.4f", key, d) : key + " " + value);
    }
}
