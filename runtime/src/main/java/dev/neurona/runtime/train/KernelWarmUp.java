package dev.neurona.runtime.train;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Shuffles;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.jspecify.annotations.Nullable;

/**
 * Runs a training's own kernels before its first epoch, on a scratch copy of the network, so that
 * the JIT has compiled them when the epoch's clock starts. Until C2 compiles them, the Vector API
 * loops of the matmuls, activations and optimizer run interpreted or in C1, where every vector is
 * an object: a first Fashion-MNIST epoch (784-128-64-10, Adam, batch 64) made about 1 GB of such
 * garbage and took about twice a steady one.
 *
 * <p>The copy has the network's spec (so the same layer shapes) and weights of its own, on the
 * network's pool; it trains with the run's loss, penalties, clipping and optimizer kind on a
 * throwaway optimizer state, reading the first rows of the training data, which it does not
 * change. The network, its noise stream, the run's seeds and its data order are never touched, so
 * what training learns is the same, bit for bit, with or without it.
 *
 * <p>Its steps stop allocating on the calling thread ({@link #QUIET_BYTES} or less for
 * {@link #QUIET_STEPS} steps in a row) once C2 has compiled the hot loops with escape analysis,
 * since the loops themselves allocate nothing; it then runs as many steps again, while their
 * callers (the tiles, the layers, the pool's hand-offs) compile: at 2 threads that second round
 * was some 0.2 s of the first epoch, and costs about 0.1 s here. The first {@link #SMALL_STEPS} steps
 * take {@link #SMALL_ROWS} rows only: interpreted code costs in proportion to the rows, and the
 * JIT's counters need the calls, not the rows. It is bounded by {@link #MAX_STEPS} and
 * {@link #MAX_NANOS}, and it runs only for trainings whose epochs are long enough to repay it
 * ({@link #worthIt}). {@code -Dneurona.warmup=false} turns it off, as it does the REPL's
 * background warm-up.
 */
final class KernelWarmUp {
    /**
     * The least multiply-adds of one epoch (forward and backward, about three times the forward
     * pass) worth warming up for: about 2 G, some 0.05-0.1 s of steady work. Fashion-MNIST's MLP
     * has about 20 G an epoch; the samples of a few hundred rows stay far below.
     */
    static final long MIN_EPOCH_MULTIPLY_ADDS = 1L << 31;

    static final int MAX_STEPS = 400;
    static final long MAX_NANOS = 3_000_000_000L;
    /** At most this many bytes allocated by a step that counts as quiet (the pool's bookkeeping makes a few hundred). */
    static final long QUIET_BYTES = 16 << 10;

    static final int QUIET_STEPS = 3;
    /** Steps when this JVM cannot count a thread's allocations. */
    static final int FALLBACK_STEPS = 100;
    /** The rows read cycle through the first this-many batches of the data. */
    static final int WINDOW_BATCHES = 16;

    static final int SMALL_ROWS = 8;
    static final int SMALL_STEPS = 8;

    /** What a warm-up did: its updates of the scratch copy and the seconds it took. */
    record Outcome(int steps, double seconds) {}

    private KernelWarmUp() {}

    /**
     * Whether a training of {@code model} on {@code rows} rows an epoch is warmed up: when the
     * warm-up is on and one epoch holds at least {@link #MIN_EPOCH_MULTIPLY_ADDS} multiply-adds.
     */
    static boolean worthIt(ModelSpec model, int rows) {
        if (!Boolean.parseBoolean(System.getProperty("neurona.warmup", "true"))) {
            return false;
        }
        long perRow = 0;
        Shape shape = model.input();
        for (LayerSpec layer : model.layers()) {
            perRow += layer.multiplyAdds(shape);
            shape = layer.outputShape(shape);
        }
        return 3.0 * perRow * rows >= MIN_EPOCH_MULTIPLY_ADDS;
    }

    /** Warms up the kernels that training {@code network} with {@code spec} on {@code train} runs. */
    static Outcome run(Network network, TrainSpec spec, Dataset train) {
        long started = System.nanoTime();
        Network scratch = new Network(network.spec(), 0, network.pool());
        BatchStepper stepper = new BatchStepper(scratch, spec);
        int batch = Math.min(spec.batchSize(), train.rows());
        int small = Math.min(batch, SMALL_ROWS);
        int window = Math.min(train.rows(), batch * WINDOW_BATCHES);
        int[] order = Shuffles.identity(window);
        double lr = spec.schedule().rate(spec.optimizer().lr(), 0, spec.epochs());
        com.sun.management.@Nullable ThreadMXBean counter = allocationCounter();
        int most = counter == null ? FALLBACK_STEPS : MAX_STEPS;
        long end = started + MAX_NANOS;
        long before = counter == null ? 0 : counter.getCurrentThreadAllocatedBytes();
        int quiet = 0;
        int steps = 0;
        int from = 0;
        while (steps < most && System.nanoTime() < end) {
            int rows = steps < SMALL_STEPS ? small : batch;
            if (from + rows > window) {
                from = 0;
            }
            stepper.step(train, order, from, rows, lr);
            from += rows;
            steps++;
            if (counter != null && quiet < QUIET_STEPS) {
                long after = counter.getCurrentThreadAllocatedBytes();
                quiet = steps > SMALL_STEPS && after - before <= QUIET_BYTES ? quiet + 1 : 0;
                before = after;
                if (quiet == QUIET_STEPS) {
                    most = Math.min(MAX_STEPS, 2 * steps); // the second round: as many steps again
                }
            }
        }
        return new Outcome(steps, (System.nanoTime() - started) / 1e9);
    }

    /** The counter of the calling thread's allocations, or null when this JVM has none. */
    private static com.sun.management.@Nullable ThreadMXBean allocationCounter() {
        try {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            if (threads instanceof com.sun.management.ThreadMXBean counting
                    && counting.isThreadAllocatedMemorySupported()
                    && counting.isThreadAllocatedMemoryEnabled()) {
                return counting;
            }
        } catch (LinkageError | SecurityException e) {
            // No management module: a fixed number of steps instead.
        }
        return null;
    }
}
