package dev.neurona.runtime.linalg;

import org.ejml.data.FMatrixRMaj;

/**
 * One product for a kernel to compute: c = op(a) · op(b), where op transposes its matrix when
 * the flag says so. Nothing is transposed in memory; {@link #a(int, int)} and
 * {@link #b(int, int)} read through the flags. {@code c} is already shaped {@code rows × cols}.
 */
record Product(FMatrixRMaj a, boolean transA, FMatrixRMaj b, boolean transB, FMatrixRMaj c) {

    /** Rows of the result: rows of op(a). */
    int rows() {
        return transA ? a.numCols : a.numRows;
    }

    /** Columns of the result: columns of op(b). */
    int cols() {
        return transB ? b.numRows : b.numCols;
    }

    /** The shared dimension summed over: columns of op(a), rows of op(b). */
    int depth() {
        return transA ? a.numRows : a.numCols;
    }

    /** op(a)[i][k] */
    float a(int i, int k) {
        return transA ? a.data[k * a.numCols + i] : a.data[i * a.numCols + k];
    }

    /** op(b)[k][j] */
    float b(int k, int j) {
        return transB ? b.data[j * b.numCols + k] : b.data[k * b.numCols + j];
    }

    /** Multiply-adds the product takes: rows · cols · depth. */
    long multiplyAdds() {
        return (long) rows() * cols() * depth();
    }
}
