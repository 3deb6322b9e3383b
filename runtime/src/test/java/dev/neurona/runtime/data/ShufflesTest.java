package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShufflesTest {
    @Test
    void isAPermutationFixedByTheSeed() {
        int[] order = Shuffles.permutation(1000, 5);

        assertArrayEquals(
                IntStream.range(0, 1000).toArray(),
                Arrays.stream(order).sorted().toArray());
        assertArrayEquals(order, Shuffles.permutation(1000, 5));
        assertFalse(Arrays.equals(order, Shuffles.permutation(1000, 6)));
        assertFalse(Arrays.equals(order, Shuffles.identity(1000)));
    }

    @Test
    void handlesEmptyAndSingleOrders() {
        assertArrayEquals(new int[0], Shuffles.permutation(0, 1));
        assertArrayEquals(new int[] {0}, Shuffles.permutation(1, 1));
    }

    @Test
    void shufflingInPlaceDrawsLikeAPermutation() {
        int[] order = Shuffles.identity(50);
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        Shuffles.shuffle(order, random);
        assertArrayEquals(Shuffles.permutation(50, 3), order);
    }
}
