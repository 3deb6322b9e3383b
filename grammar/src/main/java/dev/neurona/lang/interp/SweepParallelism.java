package dev.neurona.lang.interp;

import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.List;

/**
 * How many of a sweep's runs train side by side. Each run on a thread of its own beats one run
 * at a time with a multithreaded matrix multiply as long as the products are small: a product
 * that small splits poorly over threads (or, below the kernel's threshold, not at all), and the
 * rest of a training step (activations, loss, optimizer) runs on one thread anyway. So small
 * models run one per thread, and large ones one at a time; so does any sweep whose side-by-side
 * runs would not fit comfortably in the memory left, and a sweep so short that its threads would
 * mostly wait for the JIT compiler (measured: the 4-run MNIST sample, about a second of work,
 * was no faster side by side from a cold start, a 6-run one of 8 epochs was).
 *
 * <p>The choice never changes a figure: every run has its own seeds and its own model, and the
 * matrix multiply gives the same bits on any number of threads.
 */
final class SweepParallelism {

    /**
     * Multiply-adds of one layer's product per batch (batch × inputs × units) from which a model
     * counts as large: a 784 × 1024 layer at batch 32 is about 25 million.
     */
    static final long LARGE_PRODUCT = 1L << 24;

    /**
     * Multiply-adds of a whole sweep (3 × epochs × rows × weights, summed over its runs) below
     * which it runs one at a time: about two seconds of one core's work, too little to repay a
     * second thread warming up.
     */
    static final long SHORT_SWEEP = 1L << 35;

    private SweepParallelism() {}

    /**
     * @param threads the compute threads the session has
     * @param runs    the number of runs, combinations times repeat
     * @param work    the multiply-adds of all the runs together
     * @return how many runs train at once: 1, or one per thread
     */
    static int workers(
            SweepPlan.Parallel mode,
            int threads,
            int runs,
            long largestProduct,
            long bytesPerRun,
            long freeBytes,
            long work) {
        if (mode == SweepPlan.Parallel.NEVER || threads < 2 || runs < 2) {
            return 1;
        }
        int side = Math.min(threads, runs);
        if (mode == SweepPlan.Parallel.ALWAYS) {
            return side;
        }
        if (largestProduct >= LARGE_PRODUCT || work < SHORT_SWEEP || (double) side * bytesPerRun > freeBytes / 2.0) {
            return 1;
        }
        return side;
    }

    /**
     * As above, for these models, trained with these specs on {@code rows} rows (less the part
     * {@code validate P%} holds out), in this JVM's free memory.
     */
    static int workers(SweepPlan plan, List<ModelSpec> models, List<TrainSpec> specs, int rows, int threads) {
        long largest = 0;
        long bytes = 0;
        double work = 0;
        for (int c = 0; c < models.size(); c++) {
            TrainSpec spec = specs.get(c);
            int batch = Math.max(1, Math.min(spec.batchSize(), rows));
            largest = Math.max(largest, largestProduct(models.get(c), batch));
            bytes = Math.max(bytes, bytesPerRun(models.get(c), batch));
            work += 3.0
                    * plan.repeat()
                    * spec.epochs()
                    * rows
                    * (1 - spec.validationFraction())
                    * weights(models.get(c));
        }
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        return workers(
                plan.parallel(), threads, plan.combinations().size() * plan.repeat(), largest, bytes, free, (long)
                        Math.min(work, Long.MAX_VALUE));
    }

    /** The multiply-adds of one row forward, biases aside (a dense layer's weights; a conv's, once per position). */
    static long weights(ModelSpec model) {
        long work = 0;
        Shape shape = model.input();
        for (LayerSpec layer : model.layers()) {
            work += layer.multiplyAdds(shape);
            shape = layer.outputShape(shape);
        }
        return work;
    }

    /** The largest batch × multiply-adds of one layer: the biggest single product a batch asks for. */
    static long largestProduct(ModelSpec model, int batch) {
        long largest = 0;
        Shape shape = model.input();
        for (LayerSpec layer : model.layers()) {
            largest = Math.max(largest, batch * layer.multiplyAdds(shape));
            shape = layer.outputShape(shape);
        }
        return largest;
    }

    /**
     * A run's memory, roughly: four floats per parameter (weights, gradients, two optimizer
     * moments) and four per value of each batch row (outputs, activations and their gradients).
     */
    static long bytesPerRun(ModelSpec model, int batch) {
        long parameters = model.parameterCount();
        long units = model.inputWidth();
        for (Shape shape : model.shapes()) units += shape.size();
        return Float.BYTES * 4 * (parameters + (long) batch * units);
    }
}
