package dev.neurona.runtime.optim;

import dev.neurona.runtime.spec.OptimizerSpec;

import java.util.List;

/**
 * Stochastic gradient descent, with optional momentum μ, as PyTorch's {@code SGD} (no
 * dampening). For every element with gradient g:
 * <pre>
 *   μ = 0:            p ← p − lr·g
 *   μ &gt; 0:            b ← μ·b + g
 *                     p ← p − lr·b              (classical momentum)
 *                     p ← p − lr·(g + μ·b)      (Nesterov)
 * </pre>
 * The buffer b starts at zero, so the first step sets b = g, as in PyTorch. With μ = 0 the
 * rule keeps no state and Nesterov changes nothing.
 */
public final class Sgd extends Optimizer {
    private static final int BUFFER = 0;

    private final float momentum;
    private final boolean nesterov;

    Sgd(OptimizerSpec spec, List<Param> params) {
        super(spec, params, spec.momentum() > 0 ? 1 : 0);
        this.momentum = (float) spec.momentum();
        this.nesterov = spec.nesterov();
    }

    @Override
    void update(double lr, long step) {
        float rate = (float) lr;
        List<Param> params = params();
        for (int i = 0; i < params.size(); i++) {
            float[] w = params.get(i).value();
            float[] g = params.get(i).grad();
            if (momentum == 0) {
                descend(w, g, rate);
            } else if (nesterov) {
                descendNesterov(w, g, slot(BUFFER)[i], momentum, rate);
            } else {
                descendMomentum(w, g, slot(BUFFER)[i], momentum, rate);
            }
        }
    }

    private static void descend(float[] w, float[] g, float rate) {
        for (int j = 0; j < w.length; j++) w[j] -= rate * g[j];
    }

    private static void descendMomentum(float[] w, float[] g, float[] b, float mu, float rate) {
        for (int j = 0; j < w.length; j++) {
            float bj = Denormals.flush(mu * b[j] + g[j]);
            b[j] = bj;
            w[j] -= rate * bj;
        }
    }

    private static void descendNesterov(float[] w, float[] g, float[] b, float mu, float rate) {
        for (int j = 0; j < w.length; j++) {
            float bj = Denormals.flush(mu * b[j] + g[j]);
            b[j] = bj;
            w[j] -= rate * (g[j] + mu * bj);
        }
    }
}
