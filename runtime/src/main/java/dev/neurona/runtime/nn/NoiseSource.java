package dev.neurona.runtime.nn;

import java.util.random.RandomGenerator;

/**
 * The random stream of a network's training-time noise (dropout masks). One per network, drawn
 * from in layer order on the training thread, so masks never depend on the thread count. The
 * stream is {@link SplitMix}, the one {@code SplittableRandom} draws, so its position is a single
 * number that can be read and restored.
 */
public final class NoiseSource {
    private final SplitMix random = new SplitMix(0);

    public RandomGenerator random() {
        return random;
    }

    void reseed(long seed) {
        random.setState(seed);
    }

    long state() {
        return random.state();
    }
}
