package dev.neurona.runtime.data;

/** Whole counts that add up to a total and follow given shares as closely as possible. */
final class Apportion {
    private Apportion() {}

    /**
     * Largest-remainder rounding: each share gets {@code floor(total × fraction)}, then the rows
     * left over go one each to the shares with the largest fractional remainders (on a tie, the
     * earlier share). The fractions must add up to 1.
     */
    static int[] largestRemainder(int total, double[] fractions) {
        int[] counts = new int[fractions.length];
        double[] remainders = new double[fractions.length];
        int given = 0;
        for (int p = 0; p < fractions.length; p++) {
            double quota = total * fractions[p];
            counts[p] = (int) Math.floor(quota);
            remainders[p] = quota - counts[p];
            given += counts[p];
        }
        // Fractions that add up to 1 within rounding can leave the floors one row over the total.
        while (given > total) {
            counts[indexOfSmallest(remainders, counts)]--;
            given--;
        }
        for (; given < total; given++) {
            int best = 0;
            for (int p = 1; p < remainders.length; p++)
                if (remainders[p] > remainders[best]) {
                    best = p;
                }
            counts[best]++;
            remainders[best] = Double.NEGATIVE_INFINITY;
        }
        return counts;
    }

    private static int indexOfSmallest(double[] remainders, int[] counts) {
        int worst = -1;
        for (int p = 0; p < remainders.length; p++) {
            if (counts[p] > 0 && (worst < 0 || remainders[p] < remainders[worst])) {
                worst = p;
            }
        }
        return worst;
    }
}
