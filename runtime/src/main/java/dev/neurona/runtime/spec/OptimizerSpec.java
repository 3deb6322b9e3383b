package dev.neurona.runtime.spec;

/**
 * An update rule with all its hyper-parameters. Fields that a kind does not use keep their
 * defaults and are ignored: {@code momentum}/{@code nesterov} belong to SGD, {@code beta1},
 * {@code beta2} to Adam and AdamW, {@code rho} to RMSprop, {@code weightDecay} to AdamW,
 * {@code eps} to all adaptive rules.
 */
public record OptimizerSpec(
        OptimizerKind kind,
        double lr,
        double momentum,
        boolean nesterov,
        double beta1,
        double beta2,
        double eps,
        double rho,
        double weightDecay) {

    public OptimizerSpec {
        if (kind == null) {
            throw new IllegalArgumentException("optimizer kind is required");
        }
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + lr);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
        }
        if (!(eps > 0)) {
            throw new IllegalArgumentException("eps must be positive, got " + eps);
        }
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("rho must be in [0, 1), got " + rho);
        }
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("weight_decay must not be negative, got " + weightDecay);
        }
    }

    public static OptimizerSpec sgd(double lr, double momentum, boolean nesterov) {
        return new OptimizerSpec(OptimizerKind.SGD, lr, momentum, nesterov, 0.9, 0.999, 1e-8, 0.9, 0);
    }

    public static OptimizerSpec sgd(double lr) {
        return sgd(lr, 0, false);
    }

    public static OptimizerSpec adam(double lr, double beta1, double beta2, double eps) {
        return new OptimizerSpec(OptimizerKind.ADAM, lr, 0, false, beta1, beta2, eps, 0.9, 0);
    }

    public static OptimizerSpec adam(double lr) {
        return adam(lr, 0.9, 0.999, 1e-8);
    }

    public static OptimizerSpec adam() {
        return adam(0.001);
    }

    public static OptimizerSpec adamw(double lr, double weightDecay) {
        return new OptimizerSpec(OptimizerKind.ADAMW, lr, 0, false, 0.9, 0.999, 1e-8, 0.9, weightDecay);
    }

    public static OptimizerSpec rmsprop(double lr, double rho) {
        return new OptimizerSpec(OptimizerKind.RMSPROP, lr, 0, false, 0.9, 0.999, 1e-8, rho, 0);
    }

    public static OptimizerSpec adagrad(double lr) {
        return new OptimizerSpec(OptimizerKind.ADAGRAD, lr, 0, false, 0.9, 0.999, 1e-8, 0.9, 0);
    }

    /** The same rule with another learning rate (a sweep varies {@code lr} this way). */
    public OptimizerSpec withLr(double newLr) {
        return new OptimizerSpec(kind, newLr, momentum, nesterov, beta1, beta2, eps, rho, weightDecay);
    }

    @Override
    public String toString() {
        String lrText = "lr=" + SpecFormat.number(lr);
        return switch (kind) {
            case SGD -> "sgd(" + lrText + ", momentum=" + SpecFormat.number(momentum) + ", nesterov=" + nesterov + ")";
            case ADAM ->
                "adam(" + lrText + ", beta1=" + SpecFormat.number(beta1) + ", beta2=" + SpecFormat.number(beta2)
                        + ", eps=" + SpecFormat.number(eps) + ")";
            case ADAMW -> "adamw(" + lrText + ", weight_decay=" + SpecFormat.number(weightDecay) + ")";
            case RMSPROP -> "rmsprop(" + lrText + ", rho=" + SpecFormat.number(rho) + ")";
            case ADAGRAD -> "adagrad(" + lrText + ")";
        };
    }
}
