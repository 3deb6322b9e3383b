package dev.neurona.runtime.loss;

/** ℓ(e) = |e|; its slope at exactly 0 is taken as 0. */
final class MeanAbsoluteError extends ElementwiseLoss {
    @Override
    double value(double e) {
        return Math.abs(e);
    }

    @Override
    double slope(double e) {
        return Math.signum(e);
    }
}
