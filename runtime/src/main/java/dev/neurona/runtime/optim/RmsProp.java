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

    private final float rho;
    private final float oneMinusRho;
    private final float eps;

    RmsProp(OptimizerSpec spec, List<Param> params) {
        super(spec, params, 1);
        this.rho = (float) spec.rho();
        this.oneMinusRho = (float) (1 - spec.rho());
        this.eps = (float) spec.eps();
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
        UpdateLoops.CHOSEN.rmsProp(p.value(), p.grad(), slot(SQUARE_AVERAGE)[i], from, to, rho, oneMinusRho, rate, eps);
    }
}
