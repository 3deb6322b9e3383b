package dev.neurona.runtime.optim;

import dev.neurona.runtime.spec.OptimizerSpec;

import java.util.List;

/**
 * RMSprop as PyTorch's {@code RMSprop} with its defaults (not centered, no momentum), where
 * PyTorch's {@code alpha} is the spec's ρ. For every element with gradient g:
 * <pre>
 *   v ← ρ·v + (1 − ρ)·g²
 *   p ← p − lr·g / (√v + ε)
 * </pre>
 * v starts at zero.
 */
public final class RmsProp extends Optimizer {
    private static final int SQUARE_AVERAGE = 0;

    private final double rho;
    private final float eps;

    RmsProp(OptimizerSpec spec, List<Param> params) {
        super(spec, params, 1);
        this.rho = spec.rho();
        this.eps = (float) spec.eps();
    }

    @Override
    void update(double lr, long step) {
        float rate = (float) lr;
        float keep = (float) rho;
        float take = (float) (1 - rho);
        List<Param> params = params();
        for (int i = 0; i < params.size(); i++) {
            float[] w = params.get(i).value();
            float[] g = params.get(i).grad();
            float[] v = slot(SQUARE_AVERAGE)[i];
            for (int j = 0; j < w.length; j++) {
                float gj = g[j];
                float vj = Denormals.flush(keep * v[j] + take * gj * gj);
                v[j] = vj;
                w[j] -= rate * (gj / ((float) Math.sqrt(vj) + eps));
            }
        }
    }
}
