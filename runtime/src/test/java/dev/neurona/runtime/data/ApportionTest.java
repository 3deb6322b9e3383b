package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ApportionTest {
    @Test
    void givesLeftoverRowsToTheLargestRemainders() {
        assertArrayEquals(new int[] {7, 2, 1}, Apportion.largestRemainder(10, new double[] {0.7, 0.2, 0.1}));
        assertArrayEquals(new int[] {5, 3, 2}, Apportion.largestRemainder(10, new double[] {0.45, 0.3, 0.25}));
        assertArrayEquals(
                new int[] {4, 3, 3}, Apportion.largestRemainder(10, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}));
        assertArrayEquals(new int[] {0, 1}, Apportion.largestRemainder(1, new double[] {0.4, 0.6}));
        assertArrayEquals(new int[] {0, 0}, Apportion.largestRemainder(0, new double[] {0.5, 0.5}));
    }
}
