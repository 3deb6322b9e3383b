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
        UpdateLoops.CHOSEN.adagrad(p.value(), p.grad(), slot(SQUARE_SUM)[i], from, to, rate, eps);
    }
}
