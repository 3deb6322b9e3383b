package dev.neurona.runtime.linalg;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernel on the Vector API ({@code jdk.incubator.vector}), in the GotoBLAS/BLIS shape: each
 * output tile is built from blocks of {@link #DEPTH_BLOCK} depths (fewer when op(b) is read in place); per block, a register-blocked
 * micro-kernel computes {@link #MR} rows × {@link #NR} columns (four vectors) at a time, keeping
 * all 4·MR sums in registers while it walks the depth. op(a) is read where it lies: each depth
 * step needs only MR scalars, which the hardware prefetcher streams as well as a packed copy
 * would, so only a tile's last few rows (fewer than MR) are packed, zero-padded. op(b) is read
 * where it lies too when it is not transposed (its rows hold NR columns side by side), and is
 * packed into slivers (see {@link Packing}) when it is transposed, when its rows are a multiple
 * of 4 KB apart, and for a tile's last few columns.
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
    /**
     * Rows of the micro-tile: 4·MR = 16 accumulators, four op(b) vectors and one broadcast take 21
     * of the 32 vector registers, leaving C2 room. With six rows (29 registers) C2 compiled this
     * method in one of two ways, depending on the profile it compiled from, and in one of them it
     * ran 2.5 times slower: 6 processes out of 13 trained the same convolutional network at that
     * speed to the end. With four rows none of 6 did, and every product shape is as fast or faster.
     */
    static final int MR = 4;
    /** Columns of the micro-tile: four vectors, so each broadcast of a(r, k) feeds four multiply-adds. */
    static final int NR = 4 * LANES;
    /**
     * Depths per block when op(b) is packed: one NR-wide sliver is DEPTH_BLOCK·NR floats, 32 KB
     * with 16-float vectors, which stays in a 48 KB L1 data cache beside the MR rows of op(a)
     * while the tile's micro-tiles reuse it. (At 256 depths the 64 KB sliver spilled to L2 and
     * every micro-tile streamed it from there.)
     */
    static final int DEPTH_BLOCK = 128;
    /**
     * Depths per block when op(b) is read where it lies: its rows are a whole row of b apart, so
     * a sliver touches twice the cache lines of a packed one and half the depths fit in L1.
     */
    static final int IN_PLACE_DEPTH_BLOCK = 64;
    /**
     * Output rows per tile: each packed op(b) sliver is reused by TILE_ROWS / MR micro-tiles
     * before the next is loaded; the TILE_ROWS × DEPTH_BLOCK part of op(a) it meets stays in L2.
     */
    static final int TILE_ROWS = 126 * MR;
    /** Output columns per tile: the packed DEPTH_BLOCK × TILE_COLS block of op(b) stays in L2. */
    static final int TILE_COLS = 512;

    private static final TileShape SHAPE = new TileShape(TILE_ROWS, TILE_COLS, MR, NR);

    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

    VectorKernel() {
        if (LANES < 4) {
            throw new UnsupportedOperationException("vectors of " + LANES + " floats gain nothing");
        }
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

    /**
     * Fewer rows than a micro-tile, as when predicting one row: packing op(b) would cost more than
     * the product itself (a 784×128 layer is 400 KB to copy for 100 k multiply-adds), so op(b) is
     * read where it lies, one row of depth k at a time, when it is not transposed. Each element is
     * still one chain of fused multiply-adds in order of k from zero: the same bits as the tiles.
     */
    @Override
    public void multiply(Product product, ComputePool pool) {
        if (product.rows() < MR && !product.transB()) {
            for (int r = 0; r < product.rows(); r++) multiplyRow(product, r);
        } else {
            Kernel.super.multiply(product, pool);
        }
    }

    /** Row r of c = op(a) · b: four vectors of columns at a time, then one, then single columns. */
    private static void multiplyRow(Product p, int r) {
        float[] a = p.a().data;
        int lda = p.a().numCols;
        int aAt = p.transA() ? r : r * lda;
        int stepK = p.transA() ? lda : 1;
        float[] b = p.b().data;
        int ldb = p.b().numCols;
        float[] c = p.c().data;
        int cAt = r * p.c().numCols;
        int cols = p.cols();
        int depth = p.depth();
        int j = 0;
        for (; j + NR <= cols; j += NR) {
            FloatVector s0 = FloatVector.zero(SPECIES);
            FloatVector s1 = s0;
            FloatVector s2 = s0;
            FloatVector s3 = s0;
            for (int k = 0, ak = aAt, bk = j; k < depth; k++, ak += stepK, bk += ldb) {
                FloatVector ar = FloatVector.broadcast(SPECIES, a[ak]);
                s0 = ar.fma(FloatVector.fromArray(SPECIES, b, bk), s0);
                s1 = ar.fma(FloatVector.fromArray(SPECIES, b, bk + LANES), s1);
                s2 = ar.fma(FloatVector.fromArray(SPECIES, b, bk + 2 * LANES), s2);
                s3 = ar.fma(FloatVector.fromArray(SPECIES, b, bk + 3 * LANES), s3);
            }
            s0.intoArray(c, cAt + j);
            s1.intoArray(c, cAt + j + LANES);
            s2.intoArray(c, cAt + j + 2 * LANES);
            s3.intoArray(c, cAt + j + 3 * LANES);
        }
        for (; j + LANES <= cols; j += LANES) {
            FloatVector s = FloatVector.zero(SPECIES);
            for (int k = 0, ak = aAt, bk = j; k < depth; k++, ak += stepK, bk += ldb) {
                s = FloatVector.broadcast(SPECIES, a[ak]).fma(FloatVector.fromArray(SPECIES, b, bk), s);
            }
            s.intoArray(c, cAt + j);
        }
        for (; j < cols; j++) {
            float s = 0;
            for (int k = 0, ak = aAt, bk = j; k < depth; k++, ak += stepK, bk += ldb) s = Math.fma(a[ak], b[bk], s);
            c[cAt + j] = s;
        }
    }

    @Override
    public void multiplyTile(Product p, int i0, int i1, int j0, int j1) {
        Workspace w = workspaces.get();
        int rows = i1 - i0;
        int cols = j1 - j0;
        int depth = p.depth();
        float[] c = p.c().data;
        int ldc = p.c().numCols;
        float[] a = p.a().data;
        int lda = p.a().numCols;
        // op(a) is read where it lies: MR rows of one depth sit lda apart (a) or side by side (aᵀ).
        int aStepK = p.transA() ? lda : 1;
        int aStepRow = p.transA() ? 1 : lda;
        int fullRows = rows - rows % MR;
        float[] b = p.b().data;
        int ldb = p.b().numCols;
        boolean bInPlace = readsBInPlace(p);
        int depthBlock = bInPlace ? IN_PLACE_DEPTH_BLOCK : DEPTH_BLOCK;
        for (int k0 = 0; k0 < depth; k0 += depthBlock) {
            int kc = Math.min(depthBlock, depth - k0);
            if (!bInPlace) {
                Packing.packBSlivers(p, k0, kc, j0, cols, NR, w.packedB);
            }
            if (fullRows < rows) {
                Packing.packASlivers(p, i0 + fullRows, rows - fullRows, k0, kc, MR, w.packedA);
            }
            boolean accumulate = k0 > 0;
            for (int jr = 0; jr < cols; jr += NR) {
                boolean fullCols = jr + NR <= cols;
                float[] bData;
                int bAt;
                int stepB;
                if (!bInPlace) {
                    bData = w.packedB;
                    bAt = jr * kc;
                    stepB = NR;
                } else if (fullCols) {
                    bData = b;
                    bAt = k0 * ldb + j0 + jr;
                    stepB = ldb;
                } else {
                    Packing.packBSlivers(p, k0, kc, j0 + jr, cols - jr, NR, w.packedB);
                    bData = w.packedB;
                    bAt = 0;
                    stepB = NR;
                }
                for (int ir = 0; ir < rows; ir += MR) {
                    int cAt = (i0 + ir) * ldc + j0 + jr;
                    boolean inPlace = ir < fullRows;
                    float[] aData = inPlace ? a : w.packedA;
                    int aAt = inPlace ? (p.transA() ? k0 * lda + i0 + ir : (i0 + ir) * lda + k0) : 0;
                    int stepK = inPlace ? aStepK : MR;
                    int stepRow = inPlace ? aStepRow : 1;
                    if (inPlace && fullCols) {
                        microKernel(aData, aAt, stepK, stepRow, bData, bAt, stepB, kc, c, cAt, ldc, accumulate);
                    } else {
                        edgeKernel(
                                aData,
                                aAt,
                                stepK,
                                stepRow,
                                bData,
                                bAt,
                                stepB,
                                kc,
                                w.edge,
                                c,
                                cAt,
                                ldc,
                                Math.min(MR, rows - ir),
                                Math.min(NR, cols - jr),
                                accumulate);
                    }
                }
            }
        }
    }

    /**
     * Whether op(b) is read where it lies rather than packed: when it is not transposed, its rows
     * already hold NR columns side by side, and only a stride of a multiple of 4 KB — every depth
     * on the same cache sets — makes the packed copy worth its cost.
     */
    static boolean readsBInPlace(Product p) {
        return !p.transB() && (p.b().numCols % 1024) != 0;
    }

    /**
     * For one MR × NR micro-tile of c, and k from 0 to kc in order:
     * {@code c[r][j] = fma(a(r, k), b[k][j], c[r][j])}, starting from c's values when
     * accumulating and from zero otherwise. a(r, k) is {@code a[aAt + k·stepK + r·stepRow]}: op(a)
     * in place, or a packed sliver (stepK = MR, stepRow = 1); the NR values of op(b) at depth k
     * are {@code b[bAt + k·stepB]} onwards: b in place (stepB = its row length) or a packed sliver
     * (stepB = NR). Written out longhand: C2 keeps the sums in registers only when no
     * vector crosses a method call.
     */
    private static void microKernel(
            float[] a,
            int aAt,
            int stepK,
            int stepRow,
            float[] b,
            int bAt,
            int stepB,
            int kc,
            float[] c,
            int cAt,
            int ldc,
            boolean accumulate) {
        int at1 = cAt + ldc, at2 = at1 + ldc, at3 = at2 + ldc;
        int r1 = stepRow, r2 = 2 * stepRow, r3 = 3 * stepRow;
        FloatVector c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33;
        if (accumulate) {
            c00 = FloatVector.fromArray(SPECIES, c, cAt);
            c01 = FloatVector.fromArray(SPECIES, c, cAt + LANES);
            c02 = FloatVector.fromArray(SPECIES, c, cAt + 2 * LANES);
            c03 = FloatVector.fromArray(SPECIES, c, cAt + 3 * LANES);
            c10 = FloatVector.fromArray(SPECIES, c, at1);
            c11 = FloatVector.fromArray(SPECIES, c, at1 + LANES);
            c12 = FloatVector.fromArray(SPECIES, c, at1 + 2 * LANES);
            c13 = FloatVector.fromArray(SPECIES, c, at1 + 3 * LANES);
            c20 = FloatVector.fromArray(SPECIES, c, at2);
            c21 = FloatVector.fromArray(SPECIES, c, at2 + LANES);
            c22 = FloatVector.fromArray(SPECIES, c, at2 + 2 * LANES);
            c23 = FloatVector.fromArray(SPECIES, c, at2 + 3 * LANES);
            c30 = FloatVector.fromArray(SPECIES, c, at3);
            c31 = FloatVector.fromArray(SPECIES, c, at3 + LANES);
            c32 = FloatVector.fromArray(SPECIES, c, at3 + 2 * LANES);
            c33 = FloatVector.fromArray(SPECIES, c, at3 + 3 * LANES);
        } else {
            FloatVector zero = FloatVector.zero(SPECIES);
            c00 = zero;
            c01 = zero;
            c02 = zero;
            c03 = zero;
            c10 = zero;
            c11 = zero;
            c12 = zero;
            c13 = zero;
            c20 = zero;
            c21 = zero;
            c22 = zero;
            c23 = zero;
            c30 = zero;
            c31 = zero;
            c32 = zero;
            c33 = zero;
        }
        for (int k = 0, ak = aAt, bk = bAt; k < kc; k++, ak += stepK, bk += stepB) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bk);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bk + LANES);
            FloatVector b2 = FloatVector.fromArray(SPECIES, b, bk + 2 * LANES);
            FloatVector b3 = FloatVector.fromArray(SPECIES, b, bk + 3 * LANES);
            FloatVector ar = FloatVector.broadcast(SPECIES, a[ak]);
            c00 = ar.fma(b0, c00);
            c01 = ar.fma(b1, c01);
            c02 = ar.fma(b2, c02);
            c03 = ar.fma(b3, c03);
            ar = FloatVector.broadcast(SPECIES, a[ak + r1]);
            c10 = ar.fma(b0, c10);
            c11 = ar.fma(b1, c11);
            c12 = ar.fma(b2, c12);
            c13 = ar.fma(b3, c13);
            ar = FloatVector.broadcast(SPECIES, a[ak + r2]);
            c20 = ar.fma(b0, c20);
            c21 = ar.fma(b1, c21);
            c22 = ar.fma(b2, c22);
            c23 = ar.fma(b3, c23);
            ar = FloatVector.broadcast(SPECIES, a[ak + r3]);
            c30 = ar.fma(b0, c30);
            c31 = ar.fma(b1, c31);
            c32 = ar.fma(b2, c32);
            c33 = ar.fma(b3, c33);
        }
        c00.intoArray(c, cAt);
        c01.intoArray(c, cAt + LANES);
        c02.intoArray(c, cAt + 2 * LANES);
        c03.intoArray(c, cAt + 3 * LANES);
        c10.intoArray(c, at1);
        c11.intoArray(c, at1 + LANES);
        c12.intoArray(c, at1 + 2 * LANES);
        c13.intoArray(c, at1 + 3 * LANES);
        c20.intoArray(c, at2);
        c21.intoArray(c, at2 + LANES);
        c22.intoArray(c, at2 + 2 * LANES);
        c23.intoArray(c, at2 + 3 * LANES);
        c30.intoArray(c, at3);
        c31.intoArray(c, at3 + LANES);
        c32.intoArray(c, at3 + 2 * LANES);
        c33.intoArray(c, at3 + 3 * LANES);
    }

    /**
     * Runs the micro-kernel for a tile cut short by the matrix edge: through {@code edge}, an
     * MR × NR copy of the valid corner of c padded with zeros, so the arithmetic is the same.
     */
    private static void edgeKernel(
            float[] a,
            int aAt,
            int stepK,
            int stepRow,
            float[] b,
            int bAt,
            int stepB,
            int kc,
            float[] edge,
            float[] c,
            int cAt,
            int ldc,
            int rows,
            int cols,
            boolean accumulate) {
        if (accumulate) {
            Arrays.fill(edge, 0f);
            for (int r = 0; r < rows; r++) System.arraycopy(c, cAt + r * ldc, edge, r * NR, cols);
        }
        microKernel(a, aAt, stepK, stepRow, b, bAt, stepB, kc, edge, 0, NR, accumulate);
        for (int r = 0; r < rows; r++) System.arraycopy(edge, r * NR, c, cAt + r * ldc, cols);
    }

    /** One thread's scratch: a tile's last (short) sliver of op(a), its packed block of op(b), one micro-tile for the edges. */
    private static final class Workspace {
        final float[] packedA = new float[MR * DEPTH_BLOCK];
        final float[] packedB = new float[DEPTH_BLOCK * TILE_COLS];
        final float[] edge = new float[MR * NR];
    }
}
