package dev.neurona.runtime.loss;

/** ℓ(e) = e²/2 for |e| ≤ δ, δ·(|e| − δ/2) beyond: quadratic near zero, linear for outliers. */
final class Huber extends ElementwiseLoss {
    private final double delta;

    Huber(double delta) {
        this.delta = delta;
    }

    @Override
    double value(double e) {
        double a = Math.abs(e);
        return a <= delta ? 0.5 * e * e : delta * (a - 0.5 * delta);
    }

    @Override
    double slope(double e) {
        return Math.abs(e) <= delta ? e : delta * Math.signum(e);
    }
}
