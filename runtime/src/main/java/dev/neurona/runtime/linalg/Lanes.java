package dev.neurona.runtime.linalg;

/**
 * Element-wise loops that C2 does not vectorise on its own (a select per element), run on the
 * Vector API when the JVM has its module, as {@link Kernels} chooses, and as plain loops
 * otherwise. Both give the same bits.
 */
public final class Lanes {

    /** The loops, in one implementation or the other. */
    interface Ops {
        void passWherePositive(float[] y, float[] dy, float[] dz, int n);

        void addBiasRelu(float[] z, float[] bias, float[] y, int rows, int cols);

        boolean affineOfDoubles(double[] x, float[] shift, float[] scale, float[] out, int at, int n);

        void affineOfUnsignedBytes(byte[] x, int from, float[] shift, float[] scale, float[] out, int at, int n);
    }

    private static final Ops OPS = choose();

    private Lanes() {}

    /**
     * {@code dz[i] = y[i] > 0 ? dy[i] : 0} for i in [0, n): ReLU's backward from its output,
     * which is +0 exactly where the unit was off. {@code dz} may be {@code dy}.
     */
    public static void passWherePositive(float[] y, float[] dy, float[] dz, int n) {
        OPS.passWherePositive(y, dy, dz, n);
    }

    /**
     * A dense layer's bias and ReLU over a row-major batch: {@code z[r][j] += bias[j]}, then
     * {@code y[r][j] = Math.max(0, z[r][j])}, so z keeps the pre-activation for backward.
     */
    public static void addBiasRelu(float[] z, float[] bias, float[] y, int rows, int cols) {
        OPS.addBiasRelu(z, bias, y, rows, cols);
    }

    /**
     * {@code out[at + c] = ((float) x[c] - shift[c]) * scale[c]} for c in [0, n), each operation
     * rounded to float as written (no fused multiply-add): a raw row normalised into a batch.
     * Returns whether some result may be NaN (a missing value, or an infinite one), for the caller
     * to mend; false means none is.
     */
    public static boolean affineOfDoubles(double[] x, float[] shift, float[] scale, float[] out, int at, int n) {
        return OPS.affineOfDoubles(x, shift, scale, out, at, n);
    }

    /**
     * {@code out[at + i] = ((x[from + i] & 0xFF) - shift[i]) * scale[i]} for i in [0, n), rounded as
     * written: a row of pixels held as bytes, widened and normalised into a batch.
     */
    public static void affineOfUnsignedBytes(
            byte[] x, int from, float[] shift, float[] scale, float[] out, int at, int n) {
        OPS.affineOfUnsignedBytes(x, from, shift, scale, out, at, n);
    }

    /** Whether these loops, and others like them elsewhere, should run on the Vector API in this JVM. */
    public static boolean onVectorApi() {
        return Kernels.PREFERRED != Kernels.PORTABLE;
    }

    private static Ops choose() {
        if (Kernels.PREFERRED == Kernels.PORTABLE) {
            return new PortableLanes();
        }
        try {
            return new VectorLanes();
        } catch (LinkageError | UnsupportedOperationException e) {
            return new PortableLanes();
        }
    }
}
