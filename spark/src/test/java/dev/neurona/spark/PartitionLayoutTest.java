package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.data.DataException;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartitionLayoutTest {
    @Test
    void onePartitionHoldsEveryRowInOrder() {
        PartitionLayout layout = PartitionLayout.deal(10, 1, new SplittableRandom(4));
        assertArrayEquals(IntStream.range(0, 10).toArray(), layout.rows()[0]);
    }

    @Test
    void partitionsShareTheRowsEvenlyEachInOrder() {
        PartitionLayout layout = PartitionLayout.deal(103, 4, new SplittableRandom(4));

        int[] all = Arrays.stream(layout.rows())
                .flatMapToInt(Arrays::stream)
                .sorted()
                .toArray();
        assertArrayEquals(IntStream.range(0, 103).toArray(), all);
        for (int[] rows : layout.rows()) {
            assertTrue(rows.length == 25 || rows.length == 26, "size " + rows.length);
            for (int i = 1; i < rows.length; i++) assertTrue(rows[i - 1] < rows[i]);
        }
        assertFalse(
                Arrays.equals(IntStream.range(0, 25).toArray(), layout.rows()[0]),
                "rows are dealt at random, not in blocks");
    }

    @Test
    void theSeedAloneFixesTheLayout() {
        PartitionLayout a = PartitionLayout.deal(50, 3, new SplittableRandom(8));
        PartitionLayout b = PartitionLayout.deal(50, 3, new SplittableRandom(8));
        PartitionLayout c = PartitionLayout.deal(50, 3, new SplittableRandom(9));
        for (int p = 0; p < 3; p++) assertArrayEquals(a.rows()[p], b.rows()[p]);
        assertFalse(Arrays.equals(a.rows()[0], c.rows()[0]));
    }

    @Test
    void fewerRowsThanPartitionsAreRefused() {
        DataException e = assertThrows(DataException.class, () -> PartitionLayout.deal(2, 3, new SplittableRandom(1)));
        assertEquals(
                "the training data have 2 rows, too few for 3 partitions: each partition needs at least one row",
                e.getMessage());
    }
}
