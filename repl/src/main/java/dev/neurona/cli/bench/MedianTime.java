package dev.neurona.cli.bench;

import java.util.ArrayList;
import java.util.List;

/** The timing rule of {@code nn bench}'s quick figures: the median call over a fixed time, after a warm-up as long. */
final class MedianTime {
    private static final int MIN_CALLS = 5;

    private MedianTime() {}

    /** Seconds of the median call: {@code call} runs for {@code nanos} untimed, then for {@code nanos} (and at least 5 calls) timed. */
    static double seconds(Runnable call, long nanos) {
        long warmEnd = System.nanoTime() + nanos;
        do call.run();
        while (System.nanoTime() < warmEnd);
        List<Long> times = new ArrayList<>();
        long end = System.nanoTime() + nanos;
        do {
            long start = System.nanoTime();
            call.run();
            times.add(System.nanoTime() - start);
        } while (System.nanoTime() < end || times.size() < MIN_CALLS);
        times.sort(null);
        return times.get(times.size() / 2) / 1e9;
    }
}
