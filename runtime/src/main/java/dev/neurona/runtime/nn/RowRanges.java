package dev.neurona.runtime.nn;

import dev.neurona.runtime.linalg.ComputePool;

/**
 * Splits a batch's rows into contiguous ranges run on the pool. For loops where each example is
 * worked on alone, so the result is the same whatever the number of threads.
 */
public final class RowRanges {
    /** Ranges per thread: enough to even out uneven work, few enough to keep hand-over cheap. */
    private static final int RANGES_PER_THREAD = 4;

    /** A loop over rows {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeTask {
        void run(int from, int to);
    }

    private RowRanges() {}

    /** Runs {@code task} over {@code [0, rows)} in ranges on {@code pool}; on the caller when one range suffices. */
    public static void forEach(ComputePool pool, int rows, RangeTask task) {
        int ranges = Math.min(rows, pool.threads() == 1 ? 1 : pool.threads() * RANGES_PER_THREAD);
        if (ranges <= 1) {
            task.run(0, rows);
            return;
        }
        pool.run(ranges, r -> task.run((int) ((long) rows * r / ranges), (int) ((long) rows * (r + 1) / ranges)));
    }
}
