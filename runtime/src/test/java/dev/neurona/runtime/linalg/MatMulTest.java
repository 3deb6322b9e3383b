package dev.neurona.runtime.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MatMulTest {
    private static final ComputePool ONE = new ComputePool(1);
    private static final ComputePool TWO = new ComputePool(2);
    private static final ComputePool THREE = new ComputePool(3);

    /** Result shapes {rows, cols, depth}: every mix of 1, 7 and 65, then block edges, tall, wide and deep. */
    private static final List<int[]> SHAPES = shapes();

    @AfterAll
    static void closePools() {
        ONE.close();
        TWO.close();
        THREE.close();
    }

    /** The three products, each with its EJML reference and its input shapes. */
    enum Form {
        A_B(false, false),
        AT_B(true, false),
        A_BT(false, true);

        final boolean transA;
        final boolean transB;

        Form(boolean transA, boolean transB) {
            this.transA = transA;
            this.transB = transB;
        }

        FMatrixRMaj a(int rows, int depth, SplittableRandom random) {
            return transA ? randomMatrix(depth, rows, random) : randomMatrix(rows, depth, random);
        }

        FMatrixRMaj b(int depth, int cols, SplittableRandom random) {
            return transB ? randomMatrix(cols, depth, random) : randomMatrix(depth, cols, random);
        }

        FMatrixRMaj ejml(FMatrixRMaj a, FMatrixRMaj b) {
            FMatrixRMaj c = new FMatrixRMaj(1, 1);
            if (transA) CommonOps_FDRM.multTransA(a, b, c);
            else if (transB) CommonOps_FDRM.multTransB(a, b, c);
            else CommonOps_FDRM.mult(a, b, c);
            return c;
        }

        FMatrixRMaj ours(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
            if (transA) return MatMul.multTransA(a, b, c);
            if (transB) return MatMul.multTransB(a, b, c);
            return MatMul.mult(a, b, c);
        }

        /** Straight from the kernel, skipping the facade's single-thread cut-off. */
        FMatrixRMaj direct(Kernel kernel, ComputePool pool, FMatrixRMaj a, FMatrixRMaj b) {
            FMatrixRMaj c = new FMatrixRMaj(transA ? a.numCols : a.numRows, transB ? b.numRows : b.numCols);
            kernel.multiply(new Product(a, transA, b, transB, c), pool);
            return c;
        }
    }

    static Stream<Arguments> kernelsAndForms() {
        return Kernels.available().stream()
                .flatMap(kernel -> Arrays.stream(Form.values()).map(form -> Arguments.of(kernel, form)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kernelsAndForms")
    void agreesWithEjmlOnAwkwardShapes(Kernel kernel, Form form) {
        SplittableRandom random = new SplittableRandom(11);
        for (int[] shape : SHAPES) {
            FMatrixRMaj a = form.a(shape[0], shape[2], random);
            FMatrixRMaj b = form.b(shape[2], shape[1], random);
            FMatrixRMaj c = MatMul.multiply(kernel, TWO, a, form.transA, b, form.transB, null);
            assertClose(form.ejml(a, b), c, Arrays.toString(shape));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kernelsAndForms")
    void givesTheSameBitsOnOneTwoOrThreeThreads(Kernel kernel, Form form) {
        SplittableRandom random = new SplittableRandom(12);
        int[][] shapes = {{257, 129, 300}, {65, 7, 1000}, {64, 128, 784}, {9, 70, 5}, {1, 1, 513}};
        for (int[] shape : shapes) {
            FMatrixRMaj a = form.a(shape[0], shape[2], random);
            FMatrixRMaj b = form.b(shape[2], shape[1], random);
            float[] single = form.direct(kernel, ONE, a, b).data;
            assertArrayEquals(single, form.direct(kernel, TWO, a, b).data, "two threads, " + Arrays.toString(shape));
            assertArrayEquals(
                    single, form.direct(kernel, THREE, a, b).data, "three threads, " + Arrays.toString(shape));
            assertArrayEquals(
                    single,
                    MatMul.multiply(kernel, TWO, a, form.transA, b, form.transB, null).data,
                    "through MatMul, " + Arrays.toString(shape));
        }
    }

    /**
     * The portable kernel adds each rounded product left to right, the vector kernel chains fused
     * multiply-adds; either way one sum per element in order of k, whatever the blocking.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kernelsAndForms")
    void sumsEveryElementInOrderOfK(Kernel kernel, Form form) {
        boolean fused = kernel.name().equals("vector");
        SplittableRandom random = new SplittableRandom(13);
        // 533 rows: two row tiles of the vector kernel, the second ending in a short sliver; 1 to 3
        // rows: fewer than its micro-tile, the one-row path (op(b) read in place) when b is not
        // transposed; 5 rows: one micro-tile and a sliver of one row.
        int[][] shapes = {
            {65, 257, 70}, {3, 5, 1}, {130, 20, 600}, {533, 70, 300}, {1, 128, 784}, {5, 83, 300}, {2, 17, 9}
        };
        for (int[] shape : shapes) {
            FMatrixRMaj a = form.a(shape[0], shape[2], random);
            FMatrixRMaj b = form.b(shape[2], shape[1], random);
            Product naive = new Product(a, form.transA, b, form.transB, null);
            float[] expected = new float[shape[0] * shape[1]];
            for (int i = 0; i < shape[0]; i++) {
                for (int j = 0; j < shape[1]; j++) {
                    float sum = 0;
                    for (int k = 0; k < shape[2]; k++) {
                        sum = fused ? Math.fma(naive.a(i, k), naive.b(k, j), sum) : sum + naive.a(i, k) * naive.b(k, j);
                    }
                    expected[i * shape[1] + j] = sum;
                }
            }
            assertArrayEquals(expected, form.direct(kernel, THREE, a, b).data, Arrays.toString(shape));
        }
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void publicMethodsUseThePreferredKernel(Form form) {
        SplittableRandom random = new SplittableRandom(14);
        FMatrixRMaj a = form.a(70, 90, random);
        FMatrixRMaj b = form.b(90, 80, random);
        assertArrayEquals(form.direct(Kernels.PREFERRED, ONE, a, b).data, form.ours(a, b, null).data);
    }

    @Test
    void reusesAndReshapesTheOutput() {
        SplittableRandom random = new SplittableRandom(15);
        FMatrixRMaj a = randomMatrix(5, 7, random);
        FMatrixRMaj b = randomMatrix(7, 3, random);
        FMatrixRMaj c = new FMatrixRMaj(10, 10);
        Arrays.fill(c.data, Float.NaN);
        float[] storage = c.data;

        assertSame(c, MatMul.mult(a, b, c));
        assertEquals(5, c.numRows);
        assertEquals(3, c.numCols);
        assertSame(storage, c.data, "a big enough output keeps its array");
        assertClose(Form.A_B.ejml(a, b), c, "reused output");

        FMatrixRMaj grown = MatMul.multTransA(a, randomMatrix(5, 40, random), c);
        assertSame(c, grown);
        assertEquals(7, c.numRows);
        assertEquals(40, c.numCols);
    }

    @Test
    void allocatesTheOutputWhenNull() {
        SplittableRandom random = new SplittableRandom(16);
        FMatrixRMaj a = randomMatrix(4, 6, random);
        FMatrixRMaj b = randomMatrix(4, 6, random);
        FMatrixRMaj c = MatMul.multTransB(a, b, null);
        assertNotSame(a, c);
        assertEquals(4, c.numRows);
        assertEquals(4, c.numCols);
    }

    @Test
    void anEmptySumGivesZeros() {
        FMatrixRMaj c = new FMatrixRMaj(3, 4);
        Arrays.fill(c.data, 9f);
        MatMul.mult(new FMatrixRMaj(3, 0), new FMatrixRMaj(0, 4), c);
        assertArrayEquals(new float[12], c.data);
        assertEquals(
                0,
                MatMul.mult(new FMatrixRMaj(0, 5), new FMatrixRMaj(5, 2), null).getNumElements());
    }

    @Test
    void rejectsAnOutputThatSharesStorageWithAnInput() {
        FMatrixRMaj square = randomMatrix(4, 4, new SplittableRandom(17));
        FMatrixRMaj other = randomMatrix(4, 4, new SplittableRandom(18));
        IllegalArgumentException thrown =
                assertThrows(IllegalArgumentException.class, () -> MatMul.mult(square, other, square));
        assertEquals("the output of a · b must not share storage with an input", thrown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MatMul.multTransA(other, square, square));
        assertThrows(
                IllegalArgumentException.class,
                () -> MatMul.multTransB(other, square, FMatrixRMaj.wrap(4, 4, other.data)));
    }

    @Test
    void rejectsMismatchedShapes() {
        IllegalArgumentException thrown = assertThrows(
                IllegalArgumentException.class,
                () -> MatMul.multTransB(new FMatrixRMaj(2, 3), new FMatrixRMaj(4, 5), null));
        assertEquals("cannot multiply a · bᵀ: a is 2×3, b is 4×5", thrown.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> MatMul.mult(new FMatrixRMaj(2, 3), new FMatrixRMaj(2, 3), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> MatMul.multTransA(new FMatrixRMaj(2, 3), new FMatrixRMaj(3, 3), null));
    }

    @Test
    void namesItsKernel() {
        assertTrue(List.of("portable", "vector").contains(MatMul.kernelName()), MatMul.kernelName());
    }

    private static List<int[]> shapes() {
        List<int[]> shapes = new ArrayList<>();
        int[] sizes = {1, 7, 65};
        for (int rows : sizes) for (int cols : sizes) for (int depth : sizes) shapes.add(new int[] {rows, cols, depth});
        shapes.add(new int[] {63, 64, 65});
        shapes.add(new int[] {64, 64, 64});
        shapes.add(new int[] {257, 63, 64});
        shapes.add(new int[] {65, 257, 7});
        shapes.add(new int[] {1000, 3, 17});
        shapes.add(new int[] {3, 1000, 17});
        shapes.add(new int[] {7, 9, 2000});
        shapes.add(new int[] {257, 257, 257});
        return shapes;
    }

    static FMatrixRMaj randomMatrix(int rows, int cols, SplittableRandom random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) m.data[i] = (float) random.nextDouble(-1, 1);
        return m;
    }

    /** Each element within 1e-4 of the reference, relative to the reference's size (at least 1). */
    private static void assertClose(FMatrixRMaj expected, FMatrixRMaj actual, String what) {
        assertEquals(expected.numRows, actual.numRows, what + ": rows");
        assertEquals(expected.numCols, actual.numCols, what + ": cols");
        for (int i = 0; i < expected.getNumElements(); i++) {
            float e = expected.data[i];
            float x = actual.data[i];
            if (!(Math.abs(e - x) <= 1e-4f * Math.max(1f, Math.abs(e)))) {
                throw new AssertionError(what + ": element " + i + " is " + x + ", expected " + e);
            }
        }
    }
}
