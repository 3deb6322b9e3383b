package dev.neurona.runtime.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The rule of {@code limit N}, for every reader: which rows are kept, and in one streaming pass
 * over rows met in order, which of them to hold.
 *
 * <ul>
 *   <li>Without {@code shuffle}: the first N rows; a reader stops reading after them
 *       ({@link #isDone}).
 *   <li>With {@code shuffle}: the N rows with the smallest seeded rank, where a row's rank is a
 *       seeded hash of its position ({@link #rank}; ties, which a 64-bit hash all but never has,
 *       go to the earlier row). A reader reads every row and holds at most N of them: a bounded
 *       heap of the N smallest ranks met so far ({@link #place}). The rows kept are then put in
 *       file order ({@link #heldInRowOrder}), and {@link #order} shuffles them with the seed.
 * </ul>
 *
 * A row's position counts the rows a reader keeps (after {@code missing drop}), from 0. Whether a
 * row is kept depends only on the seed and its position, not on the rows around it, so a reader
 * that holds the whole table and one that streams it keep the same rows.
 */
public final class RowLimit {
    /** What {@link #place} returns for a row that is not held. */
    static final int SKIP = -1;

    private final int limit;
    private final boolean shuffle;
    private final long seed;
    /** Per slot: the position and rank of the row held there. */
    private long[] positions = new long[16];

    private long[] ranks = new long[16];
    /** A max-heap of slots by (rank, position): its root is the row the next smaller rank evicts. */
    private int[] heap = new int[16];

    private int held;

    /**
     * @param limit   the rows to keep; 0 keeps all
     * @param shuffle whether {@code shuffle} is on
     */
    RowLimit(int limit, boolean shuffle, long seed) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all rows) or more, not " + limit);
        }
        this.limit = limit;
        this.shuffle = shuffle;
        this.seed = seed;
    }

    /** The rows to keep; 0 keeps all. */
    int limit() {
        return limit;
    }

    long seed() {
        return seed;
    }

    /** Whether a streaming reader may stop: without {@code shuffle}, once {@code kept} rows reach the limit. */
    boolean isDone(long kept) {
        return limit > 0 && !shuffle && kept >= limit;
    }

    /**
     * Where the row at {@code position} (the next position, one more than the last placed) is held:
     * the slot after the last one held adds a row; a lower slot replaces the row held there, which
     * is dropped; {@link #SKIP} means the row is not held.
     */
    int place(long position) {
        if (limit == 0 || !shuffle) {
            return held++;
        }
        long rank = rank(seed, position);
        if (held < limit) {
            int slot = held++;
            grow(held);
            positions[slot] = position;
            ranks[slot] = rank;
            heap[slot] = slot;
            siftUp(slot);
            return slot;
        }
        int root = heap[0];
        if (Long.compare(rank, ranks[root]) >= 0) {
            return SKIP;
        }
        positions[root] = position;
        ranks[root] = rank;
        siftDown(0);
        return root;
    }

    /** The rows held. */
    int held() {
        return held;
    }

    /** The slots held in the order of their rows' positions (file order). */
    int[] heldInRowOrder() {
        if (limit == 0 || !shuffle) {
            return Shuffles.identity(held);
        }
        long[] packed = new long[held];
        for (int slot = 0; slot < held; slot++) {
            packed[slot] = positions[slot] << 32 | slot;
        }
        Arrays.sort(packed);
        int[] slots = new int[held];
        for (int i = 0; i < held; i++) {
            slots[i] = (int) packed[i];
        }
        return slots;
    }

    /**
     * The positions kept of {@code rows} rows, in increasing order: the first {@code limit}, or with
     * {@code shuffle} the {@code limit} of smallest rank; all when {@code limit} is 0 or at least
     * {@code rows}.
     */
    static int[] kept(int rows, int limit, boolean shuffle, long seed) {
        if (limit == 0 || limit >= rows) {
            return Shuffles.identity(rows);
        }
        if (!shuffle) {
            return Shuffles.identity(limit);
        }
        RowLimit rule = new RowLimit(limit, true, seed);
        for (int row = 0; row < rows; row++) {
            rule.place(row);
        }
        int[] slots = rule.heldInRowOrder();
        int[] kept = new int[slots.length];
        for (int i = 0; i < slots.length; i++) {
            kept[i] = (int) rule.positions[slots[i]];
        }
        return kept;
    }

    /**
     * The rows {@code shuffle} and {@code limit} keep of {@code rows} rows, in the order they are
     * used: without {@code shuffle} the first {@code limit} in order; with it, the rows
     * {@link #kept} keeps in a seeded random order drawn from {@code random} (Fisher–Yates over
     * them, as {@link Shuffles#permutation(int, SplittableRandom)}). The seed of the ranks is
     * {@code seed}, the one {@code random} was made with.
     *
     * @param limit the rows to keep; 0 keeps all
     */
    public static int[] order(int rows, boolean shuffle, int limit, long seed, SplittableRandom random) {
        int[] kept = kept(rows, limit, shuffle, seed);
        if (!shuffle) {
            return kept;
        }
        int[] permutation = Shuffles.permutation(kept.length, random);
        int[] order = new int[kept.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = kept[permutation[i]];
        }
        return order;
    }

    /** The seeded rank of the row at {@code position}: a 64-bit hash of the seed and the position. */
    static long rank(long seed, long position) {
        return mix(mix(seed ^ 0x6A09E667F3BCC909L) + position * 0x9E3779B97F4A7C15L);
    }

    /** SplitMix64's finaliser (Stafford's variant 13): every bit of the input moves every bit of the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Room for {@code slots} slots, grown as rows arrive rather than sized from the limit. */
    private void grow(int slots) {
        if (slots > heap.length) {
            int size = (int) Math.min((long) limit, Math.max(slots, 2L * heap.length));
            positions = Arrays.copyOf(positions, size);
            ranks = Arrays.copyOf(ranks, size);
            heap = Arrays.copyOf(heap, size);
        }
    }

    /** Whether slot {@code a}'s row comes after slot {@code b}'s in rank order. */
    private boolean after(int a, int b) {
        int byRank = Long.compare(ranks[a], ranks[b]);
        return byRank != 0 ? byRank > 0 : positions[a] > positions[b];
    }

    private void siftUp(int at) {
        int slot = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!after(slot, heap[parent])) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = slot;
    }

    private void siftDown(int at) {
        int slot = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= held) {
                break;
            }
            if (child + 1 < held && after(heap[child + 1], heap[child])) {
                child++;
            }
            if (!after(heap[child], slot)) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = slot;
    }
}
