package dev.neurona.runtime.linalg;

import org.ejml.data.FMatrixRMaj;

/**
 * The runtime's one matrix-multiply entry point: the three products training needs, computed
 * without materialising a transpose. Each returns {@code c}, reshaped to the product's size,
 * or a new matrix when {@code c} is null; {@code c} must not alias {@code a} or {@code b}.
 * Placeholder bodies: the blocked, multithreaded kernels replace them, not the signatures.
 */
public final class MatMul {
    private MatMul() {
    }

    /** c = a · b */
    public static FMatrixRMaj mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        return mult(ComputePool.shared(), a, b, c);
    }

    /** c = aᵀ · b */
    public static FMatrixRMaj multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        return multTransA(ComputePool.shared(), a, b, c);
    }

    /** c = a · bᵀ */
    public static FMatrixRMaj multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        return multTransB(ComputePool.shared(), a, b, c);
    }

    public static FMatrixRMaj mult(ComputePool pool, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check(a.numCols == b.numRows, a, b, "a · b");
        c = prepare(c, a, b, a.numRows, b.numCols);
        for (int i = 0; i < a.numRows; i++)
            for (int j = 0; j < b.numCols; j++) {
                float s = 0;
                for (int k = 0; k < a.numCols; k++) s += a.data[i * a.numCols + k] * b.data[k * b.numCols + j];
                c.data[i * c.numCols + j] = s;
            }
        return c;
    }

    public static FMatrixRMaj multTransA(ComputePool pool, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check(a.numRows == b.numRows, a, b, "aᵀ · b");
        c = prepare(c, a, b, a.numCols, b.numCols);
        for (int i = 0; i < a.numCols; i++)
            for (int j = 0; j < b.numCols; j++) {
                float s = 0;
                for (int k = 0; k < a.numRows; k++) s += a.data[k * a.numCols + i] * b.data[k * b.numCols + j];
                c.data[i * c.numCols + j] = s;
            }
        return c;
    }

    public static FMatrixRMaj multTransB(ComputePool pool, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check(a.numCols == b.numCols, a, b, "a · bᵀ");
        c = prepare(c, a, b, a.numRows, b.numRows);
        for (int i = 0; i < a.numRows; i++)
            for (int j = 0; j < b.numRows; j++) {
                float s = 0;
                for (int k = 0; k < a.numCols; k++) s += a.data[i * a.numCols + k] * b.data[j * b.numCols + k];
                c.data[i * c.numCols + j] = s;
            }
        return c;
    }

    private static void check(boolean ok, FMatrixRMaj a, FMatrixRMaj b, String form) {
        if (!ok) {
            throw new IllegalArgumentException("cannot multiply " + form + ": a is " + a.numRows + "×" + a.numCols
                    + ", b is " + b.numRows + "×" + b.numCols);
        }
    }

    private static FMatrixRMaj prepare(FMatrixRMaj c, FMatrixRMaj a, FMatrixRMaj b, int rows, int cols) {
        if (c == null) return new FMatrixRMaj(rows, cols);
        if (c == a || c == b) throw new IllegalArgumentException("the output must not alias an input");
        c.reshape(rows, cols);
        return c;
    }
}
