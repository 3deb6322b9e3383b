package dev.neurona.runtime.linalg;

import java.util.Arrays;
import java.util.Objects;
import org.ejml.data.FMatrixRMaj;

/**
 * The runtime's one matrix-multiply entry point: the three products training needs, computed
 * without materialising a transpose. Each returns {@code c}, reshaped to the product's size,
 * or a new matrix when {@code c} is null; {@code c} is the only argument modified and must not
 * share storage with {@code a} or {@code b}.
 *
 * <p>The work is cut into tiles of the result and spread over a {@link ComputePool}; products
 * too small to repay waking another thread run on the caller alone. The result is the same,
 * bit for bit, whatever the pool's size. Which kernel runs is fixed when the class loads, see
 * {@link #kernelName()}.
 */
public final class MatMul {
    private static final ComputePool CALLER_ONLY = new ComputePool(1);

    private MatMul() {}

    /** c = a · b, on the shared pool. */
    public static FMatrixRMaj mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        return mult(ComputePool.shared(), a, b, c);
    }

    /** c = aᵀ · b, on the shared pool. */
    public static FMatrixRMaj multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        return multTransA(ComputePool.shared(), a, b, c);
    }

    /** c = a · bᵀ, on the shared pool. */
    public static FMatrixRMaj multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        return multTransB(ComputePool.shared(), a, b, c);
    }

    /** c = a · b, where a is m×k and b is k×n; c becomes m×n. */
    public static FMatrixRMaj mult(ComputePool pool, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        return multiply(Kernels.PREFERRED, pool, a, false, b, false, c);
    }

    /** c = aᵀ · b, where a is k×m and b is k×n; c becomes m×n. */
    public static FMatrixRMaj multTransA(ComputePool pool, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        return multiply(Kernels.PREFERRED, pool, a, true, b, false, c);
    }

    /** c = a · bᵀ, where a is m×k and b is n×k; c becomes m×n. */
    public static FMatrixRMaj multTransB(ComputePool pool, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        return multiply(Kernels.PREFERRED, pool, a, false, b, true, c);
    }

    /**
     * The kernel this JVM uses: {@code vector} when the {@code jdk.incubator.vector} module is
     * present (run with {@code --add-modules jdk.incubator.vector}), otherwise {@code portable}.
     */
    public static String kernelName() {
        return Kernels.PREFERRED.name();
    }

    /**
     * c = op(a) · op(b) with the given kernel: the public methods' body, open to tests of each
     * kernel. Products below the kernel's {@link Kernel#parallelThreshold()} stay on the caller.
     */
    static FMatrixRMaj multiply(
            Kernel kernel,
            ComputePool pool,
            FMatrixRMaj a,
            boolean transA,
            FMatrixRMaj b,
            boolean transB,
            FMatrixRMaj c) {
        Objects.requireNonNull(pool, "pool");
        int depthA = transA ? a.numRows : a.numCols;
        int depthB = transB ? b.numCols : b.numRows;
        if (depthA != depthB) {
            throw new IllegalArgumentException("cannot multiply " + describe(transA, transB) + ": a is " + a.numRows
                    + "×" + a.numCols + ", b is " + b.numRows + "×" + b.numCols);
        }
        int rows = transA ? a.numCols : a.numRows;
        int cols = transB ? b.numRows : b.numCols;
        if (c == null) {
            c = new FMatrixRMaj(rows, cols);
        } else {
            if (c == a || c == b || c.data == a.data || c.data == b.data) {
                throw new IllegalArgumentException(
                        "the output of " + describe(transA, transB) + " must not share storage with an input");
            }
            c.reshape(rows, cols);
        }
        Product product = new Product(a, transA, b, transB, c);
        if (depthA == 0) {
            Arrays.fill(c.data, 0, rows * cols, 0f);
        } else if (rows > 0 && cols > 0) {
            kernel.multiply(product, product.multiplyAdds() < kernel.parallelThreshold() ? CALLER_ONLY : pool);
        }
        return c;
    }

    private static String describe(boolean transA, boolean transB) {
        return (transA ? "aᵀ" : "a") + " · " + (transB ? "bᵀ" : "b");
    }
}
