package dev.neurona.runtime.optim;

import java.util.List;

/** Keeps one bad batch from throwing the weights far: clipping by the global gradient norm. */
public final class GradientClipping {
    private GradientClipping() {}

    /**
     * The L2 norm of all gradients taken together, √(Σ g²) over every element of every param,
     * summed in double. Modifies nothing.
     */
    public static double globalNorm(List<Param> params) {
        double squareSum = 0;
        for (Param p : params) {
            for (float g : p.grad()) squareSum += (double) g * g;
        }
        return Math.sqrt(squareSum);
    }

    /**
     * Scales every gradient by maxNorm / norm when the {@link #globalNorm global norm} exceeds
     * {@code maxNorm}, so that the norm afterwards is {@code maxNorm} and the direction is kept.
     * Modifies the gradients only when clipping; a non-finite norm leaves them as they are, for
     * the caller to report the divergence.
     *
     * @return the global norm before clipping
     * @throws IllegalArgumentException if {@code maxNorm} is not a positive number
     */
    public static double clipGlobalNorm(List<Param> params, double maxNorm) {
        if (!(maxNorm > 0) || Double.isInfinite(maxNorm)) {
            throw new IllegalArgumentException("clip norm must be a positive number, got " + maxNorm);
        }
        double norm = globalNorm(params);
        if (norm > maxNorm && Double.isFinite(norm)) {
            float scale = (float) (maxNorm / norm);
            for (Param p : params) {
                float[] g = p.grad();
                for (int j = 0; j < g.length; j++) g[j] *= scale;
            }
        }
        return norm;
    }
}
