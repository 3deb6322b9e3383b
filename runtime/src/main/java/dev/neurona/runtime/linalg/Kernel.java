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

    /**
     * How the output is cut into tiles: at most {@code rows × cols} each, with edges on multiples
     * of {@code rowStep} and {@code colStep} (the micro-kernel's shape).
     */
    record TileShape(int rows, int cols, int rowStep, int colStep) {}

    TileShape tileShape();

    /** Computes the tile c[i0..i1)[j0..j1) of {@code product.c()}. */
    void multiplyTile(Product product, int i0, int i1, int j0, int j1);

    /**
     * Overwrites every element of {@code product.c()}; reads a and b only. Each output tile is one
     * task of the pool, so no sum is ever split between threads.
     */
    default void multiply(Product product, ComputePool pool) {
        TileShape shape = tileShape();
        int minTiles = pool.threads() == 1 ? 1 : 2 * pool.threads();
        OutputTiles tiles = OutputTiles.split(
                product.rows(), product.cols(), shape.rows(), shape.cols(), shape.rowStep(), shape.colStep(), minTiles);
        pool.run(
                tiles.count(),
                t -> multiplyTile(product, tiles.rowStart(t), tiles.rowEnd(t), tiles.colStart(t), tiles.colEnd(t)));
    }
}
