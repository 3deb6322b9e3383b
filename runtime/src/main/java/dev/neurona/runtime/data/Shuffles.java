package dev.neurona.runtime.data;

import java.util.SplittableRandom;

/** Seeded random orders of rows. */
public final class Shuffles {
    private Shuffles() {}

    /** A random permutation of {@code 0..n-1}, the same for the same seed. */
    public static int[] permutation(int n, long seed) {
        return permutation(n, new SplittableRandom(seed));
    }

    /** A random permutation of {@code 0..n-1} by Fisher–Yates, drawing {@code n - 1} numbers from {@code random}. */
    public static int[] permutation(int n, SplittableRandom random) {
        int[] order = identity(n);
        shuffle(order, random);
        return order;
    }

    /**
     * Permutes {@code order} in place by Fisher–Yates, drawing {@code order.length - 1} numbers
     * from {@code random}: training reshuffles its row order this way each epoch.
     */
    public static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** {@code 0..n-1} in order. */
    public static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        return order;
    }
}
