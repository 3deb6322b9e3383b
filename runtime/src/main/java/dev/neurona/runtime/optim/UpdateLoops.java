package dev.neurona.runtime.optim;

import dev.neurona.runtime.linalg.Lanes;

/**
 * The update rules' inner loops over a run of elements [from, to), in one implementation per
 * way of computing: on the Vector API when the JVM has its module, as plain loops otherwise.
 * Both do the same float operations in the same order (no fused multiply-add, IEEE square root
 * and division), so they give the same bits; {@code UpdateLoopsTest} holds them to it.
 * Each method's formula is its rule's, documented on the rule's class.
 */
interface UpdateLoops {

    /** The implementation this JVM uses. */
    UpdateLoops CHOSEN = choose();

    /** Adam/AdamW, see {@link Adam}: {@code keep} is AdamW's decay factor (1 for Adam). */
    void adam(
            float[] w,
            float[] g,
            float[] m,
            float[] v,
            int from,
            int to,
            float b1,
            float oneMinusB1,
            float b2,
            float oneMinusB2,
            float keep,
            float stepSize,
            float correction2Sqrt,
            float eps);

    /** RMSprop, see {@link RmsProp}. */
    void rmsProp(
            float[] w, float[] g, float[] v, int from, int to, float rho, float oneMinusRho, float rate, float eps);

    /** Adagrad, see {@link Adagrad}. */
    void adagrad(float[] w, float[] g, float[] s, int from, int to, float rate, float eps);

    /** Plain SGD: {@code w -= rate·g}. */
    void descend(float[] w, float[] g, int from, int to, float rate);

    /** SGD with classical momentum ({@code nesterov} false) or Nesterov momentum, see {@link Sgd}. */
    void momentum(float[] w, float[] g, float[] b, int from, int to, float mu, float rate, boolean nesterov);

    private static UpdateLoops choose() {
        if (!Lanes.onVectorApi()) {
            return new PortableUpdateLoops();
        }
        try {
            return new VectorUpdateLoops();
        } catch (LinkageError e) {
            return new PortableUpdateLoops();
        }
    }
}
