package dev.neurona.runtime.nn;

import java.util.random.RandomGenerator;

/**
 * SplitMix64 with the golden gamma: the numbers {@code new java.util.SplittableRandom(seed)}
 * draws, from a generator whose whole state is one {@code long} that can be read and set. A
 * SplittableRandom hides its state; this one lets distributed training hand a worker's noise
 * stream from one round to the next. Per draw: {@code state += γ}, then the output mixes
 * {@code state} (Stafford's variant 13 for 64 bits, Murmur3's finaliser variant for 32).
 */
final class SplitMix implements RandomGenerator {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    SplitMix(long seed) {
        this.state = seed;
    }

    long state() {
        return state;
    }

    void setState(long value) {
        state = value;
    }

    @Override
    public long nextLong() {
        long z = state += GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public int nextInt() {
        long z = state += GOLDEN_GAMMA;
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    /** 24 random bits as a float in [0, 1), as {@link RandomGenerator#nextFloat()} defines it. */
    @Override
    public float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }
}
