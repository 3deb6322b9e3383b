package dev.neurona.bench;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.linalg.MatMul;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.CommonOps_MT_FDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Neurona's matmul against EJML's on the same inputs: a 1024³ product and the three products of
 * one dense 784 → 128 layer on a batch of 64. Scores are microseconds per product;
 * {@link GflopsReport} runs this class and prints GFLOP/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class MatMulBenchmark {

    /** The products measured, as result rows × result columns × summed depth. */
    public enum Shape {
        /** c = a · b, all 1024 × 1024. */
        SQUARE_1024(Form.A_B, 1024, 1024, 1024),
        /** Forward pass: activations (64×784) · weights (784×128). */
        LAYER_FORWARD(Form.A_B, 64, 128, 784),
        /** Weight gradient: inputs (64×784)ᵀ · output gradient (64×128). */
        LAYER_WEIGHT_GRADIENT(Form.AT_B, 784, 128, 64),
        /** Input gradient: output gradient (64×128) · weights (784×128)ᵀ. */
        LAYER_INPUT_GRADIENT(Form.A_BT, 64, 784, 128);

        final Form form;
        final int rows;
        final int cols;
        final int depth;

        Shape(Form form, int rows, int cols, int depth) {
            this.form = form;
            this.rows = rows;
            this.cols = cols;
            this.depth = depth;
        }

        /** Floating-point operations in one product: a multiply and an add per term. */
        public double flops() {
            return 2.0 * rows * cols * depth;
        }
    }

    /** Which of the three products, and how each library computes it. */
    enum Form {
        A_B,
        AT_B,
        A_BT
    }

    /** Who multiplies. */
    public enum Engine {
        NEURONA_1_THREAD,
        NEURONA_ALL_THREADS,
        EJML,
        EJML_MT
    }

    @Param
    public Shape shape;

    @Param
    public Engine engine;

    private FMatrixRMaj a;
    private FMatrixRMaj b;
    private FMatrixRMaj c;
    private ComputePool pool;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        a = shape.form == Form.AT_B ? random(shape.depth, shape.rows, random) : random(shape.rows, shape.depth, random);
        b = shape.form == Form.A_BT ? random(shape.cols, shape.depth, random) : random(shape.depth, shape.cols, random);
        c = new FMatrixRMaj(shape.rows, shape.cols);
        pool = engine == Engine.NEURONA_1_THREAD ? new ComputePool(1) : ComputePool.shared();
        if (engine == Engine.NEURONA_1_THREAD || engine == Engine.NEURONA_ALL_THREADS) {
            System.out.println("neurona kernel: " + MatMul.kernelName() + ", threads: " + pool.threads());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (pool != ComputePool.shared()) pool.close();
    }

    @Benchmark
    public FMatrixRMaj multiply() {
        return switch (engine) {
            case NEURONA_1_THREAD, NEURONA_ALL_THREADS ->
                switch (shape.form) {
                    case A_B -> MatMul.mult(pool, a, b, c);
                    case AT_B -> MatMul.multTransA(pool, a, b, c);
                    case A_BT -> MatMul.multTransB(pool, a, b, c);
                };
            case EJML ->
                switch (shape.form) {
                    case A_B -> CommonOps_FDRM.mult(a, b, c);
                    case AT_B -> CommonOps_FDRM.multTransA(a, b, c);
                    case A_BT -> CommonOps_FDRM.multTransB(a, b, c);
                };
            case EJML_MT ->
                switch (shape.form) {
                    case A_B -> CommonOps_MT_FDRM.mult(a, b, c);
                    case AT_B -> CommonOps_MT_FDRM.multTransA(a, b, c);
                    case A_BT -> CommonOps_MT_FDRM.multTransB(a, b, c);
                };
        };
    }

    private static FMatrixRMaj random(int rows, int cols, SplittableRandom random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) m.data[i] = (float) random.nextDouble(-1, 1);
        return m;
    }
}
