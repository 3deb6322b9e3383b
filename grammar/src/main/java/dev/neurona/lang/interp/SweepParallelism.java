package dev.neurona.lang.interp;

import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.runtime.spec.DenseSpec;
import dev.neurona.runtime.spec.LayerSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.List;

/**
 * How many of a sweep's runs train side by side. Each run on a thread of its own beats one run
 * at a time with a multithreaded matrix multiply as long as the products are small: a product
 * that small splits poorly over threads (or, below the kernel's threshold, not at all), and the
 * rest of a training step (activations, loss, optimizer) runs on one thread anyway. So small
 * models run one per thread, and large ones one at a time; so does any sweep whose side-by-side
 * runs would not fit comfortably in the memory left.
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

    private SweepParallelism() {
    }

    /**
     * @param threads the compute threads the session has
     * @param runs    the number of runs, combinations times repeat
     * @return how many runs train at once: 1, or one per thread
     */
    static int workers(SweepPlan.Parallel mode, int threads, int runs, long largestProduct, long bytesPerRun,
                       long freeBytes) {
        if (mode == SweepPlan.Parallel.NEVER || threads < 2 || runs < 2) {
            return 1;
        }
        int side = Math.min(threads, runs);
        if (mode == SweepPlan.Parallel.ALWAYS) {
            return side;
        }
        if (largestProduct >= LARGE_PRODUCT || (double) side * bytesPerRun > freeBytes / 2.0) {
            return 1;
        }
        return side;
    }

    /** As above, for these models, trained with these specs on {@code rows} rows, in this JVM's free memory. */
    static int workers(SweepPlan plan, List<ModelSpec> models, List<TrainSpec> specs, int rows, int threads) {
        long largest = 0;
        long bytes = 0;
        for (int c = 0; c < models.size(); c++) {
            int batch = Math.max(1, Math.min(specs.get(c).batchSize(), rows));
            largest = Math.max(largest, largestProduct(models.get(c), batch));
            bytes = Math.max(bytes, bytesPerRun(models.get(c), batch));
        }
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        return workers(plan.parallel(), threads, plan.combinations().size() * plan.repeat(), largest, bytes, free);
    }

    /** The largest batch × inputs × units of the model's dense layers. */
    static long largestProduct(ModelSpec model, int batch) {
        long largest = 0;
        long width = model.inputWidth();
        for (LayerSpec layer : model.layers()) {
            if (layer instanceof DenseSpec dense) {
                largest = Math.max(largest, batch * width * dense.units());
                width = dense.units();
            }
        }
        return largest;
    }

    /**
     * A run's memory, roughly: four floats per parameter (weights, gradients, two optimizer
     * moments) and four per unit of each batch row (outputs, activations and their gradients).
     */
    static long bytesPerRun(ModelSpec model, int batch) {
        long parameters = 0;
        long units = model.inputWidth();
        long width = model.inputWidth();
        for (LayerSpec layer : model.layers()) {
            if (layer instanceof DenseSpec dense) {
                parameters += (width + 1) * dense.units();
                width = dense.units();
            }
            units += width;
        }
        return Float.BYTES * 4 * (parameters + (long) batch * units);
    }
}
