package dev.neurona.runtime.optim;

import dev.neurona.runtime.spec.OptimizerSpec;

import java.util.List;

/**
 * Adagrad as PyTorch's {@code Adagrad} with its defaults (no learning-rate decay, sums start
 * at zero). For every element with gradient g:
 * <pre>
 *   s ← s + g²
 *   p ← p − lr·g / (√s + ε)
 * </pre>
 */
public final class Adagrad extends Optimizer {
    private static final int SQUARE_SUM = 0;

    private final float eps;

    Adagrad(OptimizerSpec spec, List<Param> params) {
        super(spec, params, 1);
        this.eps = (float) spec.eps();
    }

    @Override
    void update(double lr, long step) {
        float rate = (float) lr;
        List<Param> params = params();
        for (int i = 0; i < params.size(); i++) {
            float[] w = params.get(i).value();
            float[] g = params.get(i).grad();
            float[] s = slot(SQUARE_SUM)[i];
            for (int j = 0; j < w.length; j++) {
                float gj = g[j];
                float sj = s[j] + gj * gj;
                s[j] = sj;
                w[j] -= rate * (gj / ((float) Math.sqrt(sj) + eps));
            }
        }
    }
}
