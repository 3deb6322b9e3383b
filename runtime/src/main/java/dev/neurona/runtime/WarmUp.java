package dev.neurona.runtime;

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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Trains a tiny network on a background thread, once per process, so that the JIT compiles the
 * training path (the matmul micro-kernel, the vector loops of activations and optimizers) while the
 * machine would otherwise be idle: the REPL starts it while its user reads and types. Until C2
 * compiles them, the Vector API loops run boxed, tens of times slower. On Fashion-MNIST
 * (784-128-64-10, Adam, batch 64, one thread) a first epoch took 1.41 s without it and 1.08 s with
 * it (steady: 0.47-0.50 s). {@code nn run} does not start it: it ran beside the data's loading,
 * which uses both cores, and a 1 M-row CSV then loaded in 2.8 s instead of 2.0 s. The warm-up
 * computes only on its own arrays and its own one-thread pool, so nothing a user trains depends on
 * it, bit for bit. A training whose epochs are long warms its own kernels before its first epoch
 * as well, on a scratch copy of its network ({@code Trainer}); {@code -Dneurona.warmup=false}
 * turns both off.
 */
public final class WarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** Enough steps for the JIT's thresholds; bounded in time on a slow machine. */
    private static final int STEPS = 600;

    private static final long MAX_NANOS = 3_000_000_000L;
    private static final int WIDTH = 64;
    private static final int ROWS = 256;
    private static final int BATCH = 32;

    private WarmUp() {}

    /** Starts the warm-up unless it has started already (or {@code -Dneurona.warmup=false}); returns at once. */
    public static void inBackground() {
        if (!Boolean.parseBoolean(System.getProperty("neurona.warmup", "true"))
                || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(WarmUp::run, "neurona warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        long end = System.nanoTime() + MAX_NANOS;
        try (ComputePool pool = new ComputePool(1)) {
            // Widths of a vector tile (64 columns) so that the full micro-kernel runs, not only its edges.
            Model model = Model.create(
                    Model.builder()
                            .input(WIDTH)
                            .dense(WIDTH, ActivationSpec.RELU)
                            .dense(WIDTH, ActivationSpec.RELU)
                            .dense(10, ActivationSpec.SOFTMAX)
                            .spec(),
                    1,
                    pool);
            Dataset data = randomRows();
            TrainSpec spec = TrainSpec.builder()
                    .epochs(1)
                    .batchSize(BATCH)
                    .optimizer(OptimizerSpec.adam(0.001))
                    .build();
            for (int steps = 0; steps < STEPS && System.nanoTime() < end; steps += ROWS / BATCH) {
                model.fit(data, spec);
                model.predictPrepared(data);
            }
        } catch (RuntimeException e) {
            // A warm-up that fails costs only speed: the real training reports its own errors.
        }
    }

    private static Dataset randomRows() {
        SplittableRandom random = new SplittableRandom(17);
        float[] features = new float[ROWS * WIDTH];
        for (int i = 0; i < features.length; i++) features[i] = (float) random.nextGaussian();
        int[] labels = new int[ROWS];
        for (int i = 0; i < ROWS; i++) labels[i] = random.nextInt(10);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < WIDTH; i++) names.add("x" + i);
        Schema schema = new Schema(
                names,
                List.of(WIDTH),
                Task.CLASSIFICATION,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                List.of("label"));
        return new Dataset("warm-up", schema, Preprocessing.identity(names), features, ROWS, labels, null);
    }
}
