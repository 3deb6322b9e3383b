package dev.neurona.runtime.linalg;

import java.util.Arrays;

/**
 * The kernel in plain Java, for JVMs without the Vector API. Each output row is built in a
 * row-sized accumulator, adding four rows of packed op(b) per pass:
 * {@code acc[j] = acc[j] + a0·b0[j] + a1·b1[j] + a2·b2[j] + a3·b3[j]}. Every array in that loop
 * is indexed by the same {@code j} from 0, the shape C2 turns into SIMD code; flat arrays read at
 * two different offsets stay scalar. Four rows per pass is the most C2 still vectorises.
 *
 * <p>Java never fuses a multiply and an add and C2 never reorders float additions, so every
 * element is the plain left-to-right sum over k — the same bits for any tiling, any thread
 * count, with or without SIMD.
 */
final class PortableKernel implements Kernel {
    /** Output rows per tile: the tile's accumulators stay in L2. */
    static final int TILE_ROWS = 64;
    /** Output columns per tile: one accumulator row, and one packed row of op(b), in L1. */
    static final int TILE_COLS = 256;
    /** Depths packed at a time: DEPTH_BLOCK × TILE_COLS floats of op(b) fit L1. */
    static final int DEPTH_BLOCK = 32;
    /** Narrower rows would leave C2's SIMD loop to its scalar tail. */
    private static final int COL_STEP = 128;

    private static final TileShape SHAPE = new TileShape(TILE_ROWS, TILE_COLS, 1, COL_STEP);

    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

    @Override
    public String name() {
        return "portable";
    }

    /** About 11 G multiply-adds/s on one thread here, so 50 µs is half a million. */
    @Override
    public long parallelThreshold() {
        return 1L << 19;
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public TileShape tileShape() {
        return SHAPE;
    }

    @Override
    public void multiplyTile(Product p, int i0, int i1, int j0, int j1) {
        Workspace w = workspaces.get();
        int cols = j1 - j0;
        int depth = p.depth();
        for (int i = i0; i < i1; i++) Arrays.fill(w.acc[i - i0], 0, cols, 0f);
        for (int k0 = 0; k0 < depth; k0 += DEPTH_BLOCK) {
            int kc = Math.min(DEPTH_BLOCK, depth - k0);
            Packing.packBRows(p, k0, kc, j0, cols, w.bRows);
            for (int i = i0; i < i1; i++) accumulateRow(p, i, k0, kc, w.bRows, w.acc[i - i0], cols);
        }
        float[] c = p.c().data;
        int ldc = p.c().numCols;
        for (int i = i0; i < i1; i++) System.arraycopy(w.acc[i - i0], 0, c, i * ldc + j0, cols);
    }

    /** acc[j] += Σ_k op(a)[i][k0 + k] · b[k][j] for k in [0, kc), in order of k. */
    private static void accumulateRow(Product p, int i, int k0, int kc, float[][] b, float[] acc, int cols) {
        int k = 0;
        for (; k + 4 <= kc; k += 4) {
            addFourRows(
                    acc,
                    cols,
                    p.a(i, k0 + k),
                    b[k],
                    p.a(i, k0 + k + 1),
                    b[k + 1],
                    p.a(i, k0 + k + 2),
                    b[k + 2],
                    p.a(i, k0 + k + 3),
                    b[k + 3]);
        }
        for (; k < kc; k++) addRow(acc, cols, p.a(i, k0 + k), b[k]);
    }

    private static void addFourRows(
            float[] acc,
            int cols,
            float a0,
            float[] b0,
            float a1,
            float[] b1,
            float a2,
            float[] b2,
            float a3,
            float[] b3) {
        for (int j = 0; j < cols; j++) acc[j] = acc[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
    }

    private static void addRow(float[] acc, int cols, float a, float[] b) {
        for (int j = 0; j < cols; j++) acc[j] = acc[j] + a * b[j];
    }

    /** One thread's scratch: the tile's accumulator rows and a packed block of op(b). */
    private static final class Workspace {
        final float[][] acc = new float[TILE_ROWS][TILE_COLS];
        final float[][] bRows = new float[DEPTH_BLOCK][TILE_COLS];
    }
}
