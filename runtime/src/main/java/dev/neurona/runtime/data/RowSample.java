package dev.neurona.runtime.data;

import java.util.SplittableRandom;

/**
 * Which rows {@code limit N} keeps when {@code shuffle} is on and the file is read once: a seeded
 * reservoir sample (Vitter's algorithm R) of N rows, each row of the file equally likely to be
 * kept, holding no more than N rows at any time. The rows held are in no particular order;
 * {@link DataPipeline} then shuffles them with the seed, so that together they are the first N
 * rows of a random order, as the language states.
 *
 * <p>The draws come from a generator split off one seeded with {@code seed}, so they do not
 * change the draws {@link DataPipeline} makes with the same seed; while a file has no more than
 * N rows nothing is drawn and every row is kept in file order.
 */
final class RowSample {
    /** What {@link #next()} returns for a row that is not kept. */
    static final int SKIP = -1;

    private final int capacity;
    private final SplittableRandom random;
    private long seen;

    RowSample(int capacity, long seed) {
        if (capacity <= 0) throw new IllegalArgumentException("a sample holds at least one row, not " + capacity);
        this.capacity = capacity;
        this.random = new SplittableRandom(seed).split();
    }

    /**
     * Where the next row read goes: its slot among the rows held (the slot after the last one
     * held adds a row; a lower one replaces the row there), or {@link #SKIP}.
     */
    int next() {
        long row = seen++;
        if (row < capacity) return (int) row;
        long slot = random.nextLong(row + 1);
        return slot < capacity ? (int) slot : SKIP;
    }

    /**
     * The rows {@code limit} keeps of {@code count} rows read in order, as positions from 0 in
     * the order they are held: the first {@code limit} without shuffle, else the sample.
     */
    static int[] positions(int count, int limit, boolean shuffle, long seed) {
        if (limit <= 0 || count <= limit) return Shuffles.identity(count);
        if (!shuffle) return Shuffles.identity(limit);
        RowSample sample = new RowSample(limit, seed);
        int[] held = new int[limit];
        for (int row = 0; row < count; row++) {
            int slot = sample.next();
            if (slot != SKIP) held[slot] = row;
        }
        return held;
    }
}
