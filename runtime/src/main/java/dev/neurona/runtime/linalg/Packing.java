package dev.neurona.runtime.linalg;

import java.util.Arrays;

/**
 * Copies blocks of op(a) and op(b) into the layouts the kernels stream through. Packing is where
 * transposition happens: a kernel reads its packed panels the same way for all three products.
 */
final class Packing {
    private Packing() {}

    /**
     * Packs rows [row0, row0 + rows) and depths [k0, k0 + kc) of op(a) into slivers of
     * {@code mr} rows: {@code dst[(s·kc + k)·mr + r] = op(a)[row0 + s·mr + r][k0 + k]}, with
     * zeros for rows past the block, so a kernel can always compute a whole sliver.
     */
    static void packASlivers(Product p, int row0, int rows, int k0, int kc, int mr, float[] dst) {
        float[] data = p.a().data;
        int ld = p.a().numCols;
        for (int s = 0; s * mr < rows; s++) {
            int base = s * kc * mr;
            int valid = Math.min(mr, rows - s * mr);
            if (p.transA()) {
                for (int k = 0; k < kc; k++) {
                    int src = (k0 + k) * ld + row0 + s * mr;
                    int at = base + k * mr;
                    for (int r = 0; r < valid; r++) dst[at + r] = data[src + r];
                    for (int r = valid; r < mr; r++) dst[at + r] = 0f;
                }
            } else {
                for (int r = 0; r < mr; r++) {
                    if (r < valid) {
                        int src = (row0 + s * mr + r) * ld + k0;
                        for (int k = 0; k < kc; k++) dst[base + k * mr + r] = data[src + k];
                    } else {
                        for (int k = 0; k < kc; k++) dst[base + k * mr + r] = 0f;
                    }
                }
            }
        }
    }

    /**
     * Packs depths [k0, k0 + kc) and columns [col0, col0 + cols) of op(b) into slivers of
     * {@code nr} columns: {@code dst[(s·kc + k)·nr + j] = op(b)[k0 + k][col0 + s·nr + j]}, with
     * zeros for columns past the block.
     */
    static void packBSlivers(Product p, int k0, int kc, int col0, int cols, int nr, float[] dst) {
        float[] data = p.b().data;
        int ld = p.b().numCols;
        for (int s = 0; s * nr < cols; s++) {
            int base = s * kc * nr;
            int valid = Math.min(nr, cols - s * nr);
            if (p.transB()) {
                for (int j = 0; j < nr; j++) {
                    if (j < valid) {
                        int src = (col0 + s * nr + j) * ld + k0;
                        for (int k = 0; k < kc; k++) dst[base + k * nr + j] = data[src + k];
                    } else {
                        for (int k = 0; k < kc; k++) dst[base + k * nr + j] = 0f;
                    }
                }
            } else {
                for (int k = 0; k < kc; k++) {
                    int at = base + k * nr;
                    System.arraycopy(data, (k0 + k) * ld + col0 + s * nr, dst, at, valid);
                    Arrays.fill(dst, at + valid, at + nr, 0f);
                }
            }
        }
    }

    /**
     * Packs depths [k0, k0 + kc) and columns [col0, col0 + cols) of op(b) into one array per
     * depth: {@code dst[k][j] = op(b)[k0 + k][col0 + j]}. Rows that each start at index 0 are
     * what lets C2 vectorise the portable kernel's loops.
     */
    static void packBRows(Product p, int k0, int kc, int col0, int cols, float[][] dst) {
        float[] data = p.b().data;
        int ld = p.b().numCols;
        if (p.transB()) {
            for (int j = 0; j < cols; j++) {
                int src = (col0 + j) * ld + k0;
                for (int k = 0; k < kc; k++) dst[k][j] = data[src + k];
            }
        } else {
            for (int k = 0; k < kc; k++) System.arraycopy(data, (k0 + k) * ld + col0, dst[k], 0, cols);
        }
    }
}
