package dev.neurona.runtime.nn;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The random stream of a network's training-time noise (dropout masks). One per network, drawn
 * from in layer order on the training thread, so masks never depend on the thread count.
 */
final class NoiseSource {
    private RandomGenerator random = new SplittableRandom(0);

    RandomGenerator random() {
        return random;
    }

    void reseed(long seed) {
        random = new SplittableRandom(seed);
    }
}
