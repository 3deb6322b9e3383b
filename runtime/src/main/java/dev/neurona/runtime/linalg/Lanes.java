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
