package dev.neurona.lang.interp;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The one stream of random seeds a session draws from: each data statement, each new model and
 * each training run takes the next seed, in the order the statements run, so the same script
 * with the same seed gives bit-identical results. {@code seed N} restarts the stream.
 */
final class SeedStream {

    /** The seed of a script without a {@code seed} statement. */
    static final long DEFAULT_SEED = 42;

    private final @Nullable Long override;
    private SplittableRandom random;

    /** @param override replaces every seed the script sets, or null */
    SeedStream(@Nullable Long override) {
        this.override = override;
        restart(DEFAULT_SEED);
    }

    /** Restarts the stream from {@code seed}, or from the override when there is one. */
    void restart(long seed) {
        random = new SplittableRandom(override != null ? override : seed);
    }

    long next() {
        return random.nextLong();
    }
}
