package dev.neurona.runtime.linalg;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernel on the Vector API ({@code jdk.incubator.vector}), in the GotoBLAS/BLIS shape: each
 * output tile is built from blocks of {@link #DEPTH_BLOCK} depths; per block, op(a) and op(b)
 * are packed into slivers (see {@link Packing}) and a register-blocked micro-kernel computes
 * {@link #MR} rows × {@link #NR} columns (two vectors) at a time, keeping all 2·MR sums in
 * registers while it walks the depth.
 *
 * <p>Every element is one chain of fused multiply-adds over k, in order of k: each depth block
 * continues from the value the previous block stored in c, and storing a float loses nothing.
 * So the bits depend neither on the blocking nor on the tiling or thread count — though they
 * differ in the last places from the portable kernel's, which rounds every product. Edge
 * slivers are zero-padded and go through the same micro-kernel.
 *
 * <p>Loading this class fails with a {@link LinkageError} when the incubator module is absent;
 * {@link Kernels} then keeps the portable kernel.
 */
final class VectorKernel implements Kernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Rows of the micro-tile: 2·MR accumulators, two op(b) vectors and one broadcast fit 32 registers. */
    static final int MR = 8;
    /** Columns of the micro-tile: two vectors. */
    static final int NR = 2 * LANES;
    /** Depths per block: one NR-wide sliver of packed op(b) is DEPTH_BLOCK·NR floats, kept in L1. */
    static final int DEPTH_BLOCK = 256;
    /** Output rows per tile: a packed TILE_ROWS × DEPTH_BLOCK block of op(a) stays in L2. */
    static final int TILE_ROWS = 16 * MR;
    /** Output columns per tile: the packed DEPTH_BLOCK × TILE_COLS block of op(b) stays in L2. */
    static final int TILE_COLS = 512;

    private static final TileShape SHAPE = new TileShape(TILE_ROWS, TILE_COLS, MR, NR);

    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

    VectorKernel() {
        if (LANES < 4) throw new UnsupportedOperationException("vectors of " + LANES + " floats gain nothing");
    }

    @Override
    public String name() {
        return "vector";
    }

    /** About 40 G multiply-adds/s on one AVX-512 thread, so 50 µs is two million. */
    @Override
    public long parallelThreshold() {
        return 1L << 21;
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
        int rows = i1 - i0;
        int cols = j1 - j0;
        int depth = p.depth();
        float[] c = p.c().data;
        int ldc = p.c().numCols;
        for (int k0 = 0; k0 < depth; k0 += DEPTH_BLOCK) {
            int kc = Math.min(DEPTH_BLOCK, depth - k0);
            Packing.packBSlivers(p, k0, kc, j0, cols, NR, w.packedB);
            Packing.packASlivers(p, i0, rows, k0, kc, MR, w.packedA);
            boolean accumulate = k0 > 0;
            for (int jr = 0; jr < cols; jr += NR) {
                for (int ir = 0; ir < rows; ir += MR) {
                    int cAt = (i0 + ir) * ldc + j0 + jr;
                    if (ir + MR <= rows && jr + NR <= cols) {
                        microKernel(w.packedA, ir * kc, w.packedB, jr * kc, kc, c, cAt, ldc, accumulate);
                    } else {
                        edgeKernel(w.packedA, ir * kc, w.packedB, jr * kc, kc, w.edge,
                                c, cAt, ldc, Math.min(MR, rows - ir), Math.min(NR, cols - jr), accumulate);
                    }
                }
            }
        }
    }

    /**
     * For one MR × NR micro-tile of c, and k from 0 to kc in order:
     * {@code c[r][j] = fma(a[k][r], b[k][j], c[r][j])}, starting from c's values when
     * accumulating and from zero otherwise. a is a packed sliver of op(a) (MR floats per depth),
     * b a packed sliver of op(b) (NR floats per depth). Written out longhand: C2 keeps the sums
     * in registers only when no vector crosses a method call.
     */
    private static void microKernel(float[] a, int aAt, float[] b, int bAt, int kc,
                                    float[] c, int cAt, int ldc, boolean accumulate) {
        int at1 = cAt + ldc, at2 = at1 + ldc, at3 = at2 + ldc, at4 = at3 + ldc, at5 = at4 + ldc, at6 = at5 + ldc, at7 = at6 + ldc;
        FloatVector c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51, c60, c61, c70, c71;
        if (accumulate) {
            c00 = FloatVector.fromArray(SPECIES, c, cAt);
            c01 = FloatVector.fromArray(SPECIES, c, cAt + LANES);
            c10 = FloatVector.fromArray(SPECIES, c, at1);
            c11 = FloatVector.fromArray(SPECIES, c, at1 + LANES);
            c20 = FloatVector.fromArray(SPECIES, c, at2);
            c21 = FloatVector.fromArray(SPECIES, c, at2 + LANES);
            c30 = FloatVector.fromArray(SPECIES, c, at3);
            c31 = FloatVector.fromArray(SPECIES, c, at3 + LANES);
            c40 = FloatVector.fromArray(SPECIES, c, at4);
            c41 = FloatVector.fromArray(SPECIES, c, at4 + LANES);
            c50 = FloatVector.fromArray(SPECIES, c, at5);
            c51 = FloatVector.fromArray(SPECIES, c, at5 + LANES);
            c60 = FloatVector.fromArray(SPECIES, c, at6);
            c61 = FloatVector.fromArray(SPECIES, c, at6 + LANES);
            c70 = FloatVector.fromArray(SPECIES, c, at7);
            c71 = FloatVector.fromArray(SPECIES, c, at7 + LANES);
        } else {
            FloatVector zero = FloatVector.zero(SPECIES);
            c00 = zero; c01 = zero; c10 = zero; c11 = zero; c20 = zero; c21 = zero; c30 = zero; c31 = zero;
            c40 = zero; c41 = zero; c50 = zero; c51 = zero; c60 = zero; c61 = zero; c70 = zero; c71 = zero;
        }
        for (int k = 0; k < kc; k++) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bAt + k * NR);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bAt + k * NR + LANES);
            int ak = aAt + k * MR;
            FloatVector ar = FloatVector.broadcast(SPECIES, a[ak]);
            c00 = ar.fma(b0, c00);
            c01 = ar.fma(b1, c01);
            ar = FloatVector.broadcast(SPECIES, a[ak + 1]);
            c10 = ar.fma(b0, c10);
            c11 = ar.fma(b1, c11);
            ar = FloatVector.broadcast(SPECIES, a[ak + 2]);
            c20 = ar.fma(b0, c20);
            c21 = ar.fma(b1, c21);
            ar = FloatVector.broadcast(SPECIES, a[ak + 3]);
            c30 = ar.fma(b0, c30);
            c31 = ar.fma(b1, c31);
            ar = FloatVector.broadcast(SPECIES, a[ak + 4]);
            c40 = ar.fma(b0, c40);
            c41 = ar.fma(b1, c41);
            ar = FloatVector.broadcast(SPECIES, a[ak + 5]);
            c50 = ar.fma(b0, c50);
            c51 = ar.fma(b1, c51);
            ar = FloatVector.broadcast(SPECIES, a[ak + 6]);
            c60 = ar.fma(b0, c60);
            c61 = ar.fma(b1, c61);
            ar = FloatVector.broadcast(SPECIES, a[ak + 7]);
            c70 = ar.fma(b0, c70);
            c71 = ar.fma(b1, c71);
        }
        c00.intoArray(c, cAt);
        c01.intoArray(c, cAt + LANES);
        c10.intoArray(c, at1);
        c11.intoArray(c, at1 + LANES);
        c20.intoArray(c, at2);
        c21.intoArray(c, at2 + LANES);
        c30.intoArray(c, at3);
        c31.intoArray(c, at3 + LANES);
        c40.intoArray(c, at4);
        c41.intoArray(c, at4 + LANES);
        c50.intoArray(c, at5);
        c51.intoArray(c, at5 + LANES);
        c60.intoArray(c, at6);
        c61.intoArray(c, at6 + LANES);
        c70.intoArray(c, at7);
        c71.intoArray(c, at7 + LANES);
    }

    /**
     * Runs the micro-kernel for a tile cut short by the matrix edge: through {@code edge}, an
     * MR × NR copy of the valid corner of c padded with zeros, so the arithmetic is the same.
     */
    private static void edgeKernel(float[] a, int aAt, float[] b, int bAt, int kc, float[] edge,
                                   float[] c, int cAt, int ldc, int rows, int cols, boolean accumulate) {
        if (accumulate) {
            Arrays.fill(edge, 0f);
            for (int r = 0; r < rows; r++) System.arraycopy(c, cAt + r * ldc, edge, r * NR, cols);
        }
        microKernel(a, aAt, b, bAt, kc, edge, 0, NR, accumulate);
        for (int r = 0; r < rows; r++) System.arraycopy(edge, r * NR, c, cAt + r * ldc, cols);
    }

    /** One thread's scratch: packed blocks of op(a) and op(b) and one micro-tile for the edges. */
    private static final class Workspace {
        final float[] packedA = new float[TILE_ROWS * DEPTH_BLOCK];
        final float[] packedB = new float[DEPTH_BLOCK * TILE_COLS];
        final float[] edge = new float[MR * NR];
    }
}
