package dev.neurona.runtime.loss;

/** ℓ(e) = e². */
final class MeanSquaredError extends ElementwiseLoss {
    @Override
    double value(double e) {
        return e * e;
    }

    @Override
    double slope(double e) {
        return 2 * e;
    }
}
