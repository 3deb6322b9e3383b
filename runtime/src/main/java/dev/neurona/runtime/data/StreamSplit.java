package dev.neurona.runtime.data;

import java.util.List;

/**
 * The split of a streamed data set: each row goes to a part by a seeded hash of its position
 * among the kept rows, so that the same seed puts the same rows in the same parts on every run
 * and every pass, with no list of rows held. Each part gets its share of the rows to within
 * sampling error; classes are not stratified (only approximately, by chance).
 */
final class StreamSplit {
    /** The cumulative shares of the parts; the last is exactly 1. */
    private final double[] ends;

    private final long key;

    private StreamSplit(double[] ends, long key) {
        this.ends = ends;
        this.key = key;
    }

    /** The split into {@code parts} (none: one part of every row), keyed by {@code seed}. */
    static StreamSplit of(List<SplitPart> parts, long seed) {
        if (parts.isEmpty()) {
            return new StreamSplit(new double[] {1}, seed);
        }
        double[] ends = new double[parts.size()];
        double sum = 0;
        for (int p = 0; p < ends.length; p++) {
            sum += parts.get(p).fraction();
            ends[p] = sum;
        }
        ends[ends.length - 1] = 1;
        return new StreamSplit(ends, seed);
    }

    int partCount() {
        return ends.length;
    }

    /** The part of the row at {@code position} (0-based, among the kept rows). */
    int partOf(long position) {
        if (ends.length == 1) {
            return 0;
        }
        double u = (mix(key + position * 0x9E3779B97F4A7C15L) >>> 11) * 0x1.0p-53;
        int p = 0;
        while (u >= ends[p]) p++;
        return p;
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
