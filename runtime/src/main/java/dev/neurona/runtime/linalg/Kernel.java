package dev.neurona.runtime.linalg;

/**
 * A way of computing c = op(a) · op(b). Implementations split the result into tiles over the
 * pool and must give the same bits whatever the pool's size.
 */
interface Kernel {

    /** A short name for reports and benchmarks, e.g. {@code portable}. */
    String name();

    /** Overwrites every element of {@code product.c()}; reads a and b only. */
    void multiply(Product product, ComputePool pool);
}
