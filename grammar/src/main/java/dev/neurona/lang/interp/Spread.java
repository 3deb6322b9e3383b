package dev.neurona.lang.interp;

/**
 * The mean of some figures and their sample standard deviation,
 * sd = sqrt(Σ (xᵢ − mean)² / (n − 1)), which is 0 for a single figure.
 */
record Spread(double mean, double sd) {

    static Spread of(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        if (values.length < 2) {
            return new Spread(mean, 0);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Spread(mean, Math.sqrt(squares / (values.length - 1)));
    }
}
