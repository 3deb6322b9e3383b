package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rule of {@code limit N}: the first N rows, or with {@code shuffle} the N of smallest seeded rank. */
class RowLimitTest {

    /** The rule written the slow way: every row's rank, sorted. */
    private static int[] smallestRanks(int rows, int limit, long seed) {
        return IntStream.range(0, rows)
                .boxed()
                .sorted((a, b) -> {
                    int byRank = Long.compare(RowLimit.rank(seed, a), RowLimit.rank(seed, b));
                    return byRank != 0 ? byRank : Integer.compare(a, b);
                })
                .limit(limit)
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
    }

    @Test
    void theBoundedHeapKeepsTheRowsOfSmallestRank() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            int rows = 1 + random.nextInt(400);
            int limit = 1 + random.nextInt(rows + 20);
            long seed = random.nextLong();
            assertArrayEquals(
                    smallestRanks(rows, Math.min(limit, rows), seed),
                    RowLimit.kept(rows, limit, true, seed),
                    rows + " rows, limit " + limit + ", seed " + seed);
        }
    }

    @Test
    void withoutShuffleTheFirstRowsAndAStopAfterThem() {
        assertArrayEquals(new int[] {0, 1, 2}, RowLimit.kept(10, 3, false, 5));
        assertArrayEquals(IntStream.range(0, 10).toArray(), RowLimit.kept(10, 0, false, 5));
        assertArrayEquals(IntStream.range(0, 10).toArray(), RowLimit.kept(10, 0, true, 5));

        RowLimit first = new RowLimit(3, false, 5);
        assertFalse(first.isDone(2));
        assertTrue(first.isDone(3));
        assertFalse(new RowLimit(3, true, 5).isDone(1_000), "with shuffle every row is read");
        assertFalse(new RowLimit(0, false, 5).isDone(1_000), "without a limit every row is read");
    }

    @Test
    void aStreamingPassHoldsNoMoreThanTheLimit() {
        RowLimit rule = new RowLimit(7, true, 11);
        int replaced = 0;
        for (int row = 0; row < 10_000; row++) {
            int slot = rule.place(row);
            assertTrue(slot == RowLimit.SKIP || slot < 7, "slot " + slot);
            if (row >= 7 && slot != RowLimit.SKIP) {
                replaced++;
            }
            assertEquals(Math.min(row + 1, 7), rule.held());
        }
        // A row past the first 7 is held for a while with probability 7/(row+1): about 7 ln(10000/7) = 51 times.
        assertTrue(replaced > 20 && replaced < 100, replaced + " replacements");
    }

    @Test
    void everyRowIsEquallyLikelyToBeKept() {
        int[] kept = new int[10];
        int seeds = 4_000;
        for (long seed = 0; seed < seeds; seed++) {
            for (int row : RowLimit.kept(10, 3, true, seed)) kept[row]++;
        }
        // Each row is kept with probability 3/10: 1,200 of 4,000 times, give or take 4 standard deviations (116).
        for (int row = 0; row < 10; row++) {
            assertEquals(
                    1_200, kept[row], 116, "row " + row + " kept " + kept[row] + " times: " + Arrays.toString(kept));
        }
    }

    @Test
    void anotherSeedKeepsOtherRows() {
        assertFalse(Arrays.equals(RowLimit.kept(1_000, 50, true, 42), RowLimit.kept(1_000, 50, true, 43)));
        assertArrayEquals(RowLimit.kept(1_000, 50, true, 42), RowLimit.kept(1_000, 50, true, 42));
    }

    @Test
    void theOrderShufflesTheKeptRowsWithTheSeed() {
        int[] order = RowLimit.order(100, true, 10, 8, new SplittableRandom(8));
        int[] kept = RowLimit.kept(100, 10, true, 8);
        int[] permutation = Shuffles.permutation(10, 8);
        for (int i = 0; i < 10; i++) {
            assertEquals(kept[permutation[i]], order[i]);
        }
        assertArrayEquals(
                Shuffles.permutation(100, 8),
                RowLimit.order(100, true, 100, 8, new SplittableRandom(8)),
                "a limit of every row is shuffle alone");
        assertArrayEquals(new int[] {0, 1, 2}, RowLimit.order(100, false, 3, 8, new SplittableRandom(8)));
    }
}
