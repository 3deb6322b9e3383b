package dev.neurona.runtime.optim;

import dev.neurona.runtime.spec.OptimizerKind;
import dev.neurona.runtime.spec.OptimizerSpec;
import java.util.List;

/**
 * Adam, and AdamW when the spec's kind is {@link OptimizerKind#ADAMW}, as PyTorch's
 * {@code Adam} and {@code AdamW} define them. At step t (from 1), for every element with
 * gradient g:
 * <pre>
 *   p ← p·(1 − lr·λ)                          AdamW only, and only if the param is penalized
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   p ← p − (lr / (1 − β1^t)) · m / (√v / √(1 − β2^t) + ε)
 * </pre>
 * The last line is p − lr·m̂ / (√v̂ + ε) with the bias-corrected moments m̂ = m / (1 − β1^t) and
 * v̂ = v / (1 − β2^t): ε is added after the correction. λ is the spec's weight decay; the decay
 * is decoupled from the gradient, so it never enters m or v. Plain Adam ignores λ.
 */
public final class Adam extends Optimizer {
    private static final int FIRST_MOMENT = 0;
    private static final int SECOND_MOMENT = 1;
    private static final UpdateLoops LOOPS = UpdateLoops.CHOSEN;

    private final double beta1;
    private final double beta2;
    private final double weightDecay;
    private final float b1;
    private final float b2;
    private final float oneMinusB1;
    private final float oneMinusB2;
    private final float eps;

    Adam(OptimizerSpec spec, List<Param> params) {
        super(spec, params, 2);
        this.beta1 = spec.beta1();
        this.beta2 = spec.beta2();
        this.weightDecay = spec.kind() == OptimizerKind.ADAMW ? spec.weightDecay() : 0;
        this.b1 = (float) beta1;
        this.b2 = (float) beta2;
        this.oneMinusB1 = (float) (1 - beta1);
        this.oneMinusB2 = (float) (1 - beta2);
        this.eps = (float) spec.eps();
    }

    /** This step's factors, set before the pieces run. */
    private float keepPenalized;

    private float stepSize;
    private float correction2Sqrt;
    private final PieceUpdate piece = this::updatePiece;

    @Override
    void update(double lr, long step) {
        keepPenalized = (float) (1 - lr * weightDecay);
        stepSize = (float) (lr / (1 - Math.pow(beta1, step)));
        correction2Sqrt = (float) Math.sqrt(1 - Math.pow(beta2, step));
        forEachPiece(piece);
    }

    private void updatePiece(int i, int from, int to) {
        Param p = params().get(i);
        LOOPS.adam(
                p.value(),
                p.grad(),
                slot(FIRST_MOMENT)[i],
                slot(SECOND_MOMENT)[i],
                from,
                to,
                b1,
                oneMinusB1,
                b2,
                oneMinusB2,
                p.penalized() ? keepPenalized : 1f,
                stepSize,
                correction2Sqrt,
                eps);
    }
}
