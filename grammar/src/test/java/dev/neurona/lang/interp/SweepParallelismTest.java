package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.lang.plan.SweepPlan.Parallel;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import org.junit.jupiter.api.Test;

/**
 * Small models train one per thread, large ones one at a time, and so do short sweeps; the
 * sweep's own line decides first.
 */
class SweepParallelismTest {

    private static final long SMALL = 100_000;
    private static final long MEMORY = 1_000_000;
    private static final long PLENTY = 1L << 33;
    private static final long LONG = SweepParallelism.SHORT_SWEEP;

    @Test
    void smallModelsRunOnePerThreadAsFarAsThereAreRuns() {
        assertEquals(4, SweepParallelism.workers(Parallel.AUTO, 4, 12, SMALL, MEMORY, PLENTY, LONG));
        assertEquals(3, SweepParallelism.workers(Parallel.AUTO, 4, 3, SMALL, MEMORY, PLENTY, LONG));
    }

    @Test
    void largeModelsRunOneAtATime() {
        long large = SweepParallelism.LARGE_PRODUCT;
        assertEquals(1, SweepParallelism.workers(Parallel.AUTO, 4, 12, large, MEMORY, PLENTY, LONG));
        assertEquals(4, SweepParallelism.workers(Parallel.AUTO, 4, 12, large - 1, MEMORY, PLENTY, LONG));
    }

    @Test
    void aShortSweepRunsOneAtATime() {
        assertEquals(1, SweepParallelism.workers(Parallel.AUTO, 4, 12, SMALL, MEMORY, PLENTY, LONG - 1));
    }

    @Test
    void runsThatWouldCrowdTheMemoryRunOneAtATime() {
        assertEquals(1, SweepParallelism.workers(Parallel.AUTO, 4, 12, SMALL, MEMORY, 7_000_000, LONG));
        assertEquals(4, SweepParallelism.workers(Parallel.AUTO, 4, 12, SMALL, MEMORY, 8_000_000, LONG));
    }

    @Test
    void theSweepsOwnLineAndASingleThreadDecideFirst() {
        assertEquals(1, SweepParallelism.workers(Parallel.NEVER, 4, 12, SMALL, MEMORY, PLENTY, LONG));
        assertEquals(4, SweepParallelism.workers(Parallel.ALWAYS, 4, 12, SweepParallelism.LARGE_PRODUCT, MEMORY, 0, 0));
        assertEquals(1, SweepParallelism.workers(Parallel.ALWAYS, 1, 12, SMALL, MEMORY, PLENTY, LONG));
        assertEquals(1, SweepParallelism.workers(Parallel.AUTO, 4, 1, SMALL, MEMORY, PLENTY, LONG));
    }

    @Test
    void theFiguresComeFromTheLayers() {
        ModelSpec mnist = ModelSpec.of(
                784,
                new DenseSpec(128, ActivationSpec.RELU),
                new DropoutSpec(0.2),
                new DenseSpec(64, ActivationSpec.RELU),
                new DenseSpec(10, ActivationSpec.SOFTMAX));
        assertEquals(64L * 784 * 128, SweepParallelism.largestProduct(mnist, 64));
        assertEquals(784L * 128 + 128 * 64 + 64 * 10, SweepParallelism.weights(mnist));
        long parameters = 785L * 128 + 129 * 64 + 65 * 10;
        long units = 784 + 128 + 128 + 64 + 10;
        assertEquals(4L * 4 * (parameters + 64 * units), SweepParallelism.bytesPerRun(mnist, 64));
    }
}
