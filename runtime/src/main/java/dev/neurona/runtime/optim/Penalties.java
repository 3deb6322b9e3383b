package dev.neurona.runtime.optim;

import java.util.List;

/**
 * L1 and L2 weight penalties, in Keras's convention, over the params marked penalized (biases
 * usually are not):
 * <pre>
 *   penalty  = l1·Σ|w| + l2·Σw²
 *   gradient = l1·sign(w) + 2·l2·w        with sign(0) = 0
 * </pre>
 * The penalty is added once to each batch's mean loss, not scaled by the batch size, so the
 * reported loss is the data loss plus this value.
 */
public final class Penalties {
    private Penalties() {}

    /**
     * The penalty l1·Σ|w| + l2·Σw² over the penalized params, summed in double. Modifies nothing.
     *
     * @throws IllegalArgumentException if {@code l1} or {@code l2} is negative or not finite
     */
    public static double value(List<Param> params, double l1, double l2) {
        return apply(params, l1, l2, false);
    }

    /**
     * Adds the penalty's gradient l1·sign(w) + 2·l2·w to the gradient of every penalized param,
     * and returns the penalty itself (as {@link #value}), to be added to the loss. Modifies the
     * penalized params' gradients; values are only read.
     *
     * @throws IllegalArgumentException if {@code l1} or {@code l2} is negative or not finite
     */
    public static double addGradients(List<Param> params, double l1, double l2) {
        return apply(params, l1, l2, true);
    }

    private static double apply(List<Param> params, double l1, double l2, boolean addGradients) {
        requireStrength("l1", l1);
        requireStrength("l2", l2);
        if (l1 == 0 && l2 == 0) {
            return 0;
        }
        double absoluteSum = 0;
        double squareSum = 0;
        float l1f = (float) l1;
        float twiceL2 = (float) (2 * l2);
        for (Param p : params) {
            if (!p.penalized()) {
                continue;
            }
            float[] w = p.value();
            float[] g = p.grad();
            for (int j = 0; j < w.length; j++) {
                float wj = w[j];
                absoluteSum += Math.abs(wj);
                squareSum += (double) wj * wj;
                if (addGradients) {
                    g[j] += l1f * Math.signum(wj) + twiceL2 * wj;
                }
            }
        }
        return l1 * absoluteSum + l2 * squareSum;
    }

    private static void requireStrength(String name, double strength) {
        if (!(strength >= 0) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException(name + " must be a non-negative number, got " + strength);
        }
    }
}
