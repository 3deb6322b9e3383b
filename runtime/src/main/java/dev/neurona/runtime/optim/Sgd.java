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

    /** This step's rate, set before the pieces run. */
    private float rate;

    private final PieceUpdate piece = this::updatePiece;

    @Override
    void update(double lr, long step) {
        rate = (float) lr;
        forEachPiece(piece);
    }

    private void updatePiece(int i, int from, int to) {
        Param p = params().get(i);
        if (momentum == 0) {
            UpdateLoops.CHOSEN.descend(p.value(), p.grad(), from, to, rate);
        } else {
            UpdateLoops.CHOSEN.momentum(p.value(), p.grad(), slot(BUFFER)[i], from, to, momentum, rate, nesterov);
        }
    }
}
