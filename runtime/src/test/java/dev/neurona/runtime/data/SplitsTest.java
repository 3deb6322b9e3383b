package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitsTest {
    @Test
    void holdsOutAStratifiedShare() {
        Dataset data = TestData.classification(50, 30, 20).withName("digits.train");

        Splits.Holdout split = Splits.stratifiedHoldout(data, 0.1, 7);

        assertEquals(90, split.train().rows());
        assertEquals(10, split.holdout().rows());
        assertArrayEquals(new int[] {45, 27, 18}, split.train().classCounts());
        assertArrayEquals(new int[] {5, 3, 2}, split.holdout().classCounts());
        assertEquals("digits.train", split.train().name());
        assertEquals("digits.train.holdout", split.holdout().name());
        int[] all = IntStream.concat(
                        Arrays.stream(TestData.ids(split.train())), Arrays.stream(TestData.ids(split.holdout())))
                .sorted()
                .toArray();
        assertArrayEquals(IntStream.range(0, 100).toArray(), all);
    }

    @Test
    void isSeeded() {
        Dataset data = TestData.classification(50, 50);

        int[] first = TestData.ids(Splits.stratifiedHoldout(data, 0.2, 1).holdout());
        int[] again = TestData.ids(Splits.stratifiedHoldout(data, 0.2, 1).holdout());
        int[] other = TestData.ids(Splits.stratifiedHoldout(data, 0.2, 2).holdout());

        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    void holdsOutRegressionRowsByShuffling() {
        Splits.Holdout split = Splits.stratifiedHoldout(TestData.regression(40), 0.25, 3);

        assertEquals(30, split.train().rows());
        assertEquals(10, split.holdout().rows());
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
        DataException e =
                assertThrows(DataException.class, () -> Splits.stratifiedHoldout(TestData.regression(10), 1, 3));

        assertEquals("the share held out for validation must be above 0% and below 100%, not 100%", e.getMessage());
    }

    @Test
    void refusesToLeaveASideEmpty() {
        DataException e = assertThrows(
                DataException.class,
                () -> Splits.stratifiedHoldout(TestData.regression(3).withName("tiny"), 0.1, 3));

        assertEquals(
                "cannot hold out 10% of 'tiny' for validation: its 3 rows are too few to leave rows on both sides",
                e.getMessage());
    }
}
