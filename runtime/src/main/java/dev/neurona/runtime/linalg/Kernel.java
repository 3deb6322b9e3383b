package dev.neurona.runtime.linalg;

/**
 * A way of computing c = op(a) · op(b). Implementations split the result into tiles over the
 * pool and must give the same bits whatever the pool's size.
 */
interface Kernel {

    /** A short name for reports and benchmarks, e.g. {@code portable}. */
    String name();

    /**
     * Products with fewer multiply-adds than this run on the caller's thread alone: about 50 µs
     * of this kernel's work on one thread, the time a parked worker takes to wake up.
     */
    long parallelThreshold();

    /** Overwrites every element of {@code product.c()}; reads a and b only. */
    void multiply(Product product, ComputePool pool);
}
