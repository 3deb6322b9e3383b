package dev.neurona.runtime.optim;

/**
 * Decaying optimizer state (momenta, squared-gradient averages) of weights whose gradient is
 * mostly zero — a border pixel of MNIST, a dead ReLU — shrinks geometrically into the subnormal
 * range, where every float operation takes a microcode assist about a hundred times slower than
 * usual. Flushing such values to zero changes nothing a float can tell apart from zero in the
 * update, and keeps the optimizer's single pass fast.
 */
final class Denormals {
    private Denormals() {}

    /** {@code value}, or 0 when it is subnormal. */
    static float flush(float value) {
        return Math.abs(value) < Float.MIN_NORMAL ? 0f : value;
    }
}
