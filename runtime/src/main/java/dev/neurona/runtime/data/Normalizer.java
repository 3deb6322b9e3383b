package dev.neurona.runtime.data;

/**
 * Fits a {@link Normalization} to some rows of a data set, as an {@link Affine} step. Statistics
 * are accumulated in double precision and stored as float.
 */
final class Normalizer {
    private Normalizer() {}

    /**
     * The step that normalises the given rows of {@code data}:
     * standard: {@code shift = mean}, {@code scale = 1 / std} (population std, dividing by n);
     * min-max: {@code shift = min}, {@code scale = 1 / (max - min)}. A feature that is constant
     * over the rows (or whose scale would overflow) keeps {@code scale = 1}.
     *
     * @param rows the indices of the rows to fit on; at least one
     */
    static Affine fit(Dataset data, int[] rows, Normalization kind) {
        int width = data.width();
        if (kind == Normalization.NONE || rows.length == 0) {
            return Affine.identity(width);
        }
        return kind == Normalization.STANDARD ? standard(data, width, rows) : minMax(data, width, rows);
    }

    // Row by row through one buffer: data held as bytes is never widened to floats all at once.
    private static Affine standard(Dataset data, int width, int[] rows) {
        float[] row = new float[width];
        double[] mean = new double[width];
        for (int r : rows) {
            data.copyRow(r, row, 0);
            for (int j = 0; j < width; j++) mean[j] += row[j];
        }
        for (int j = 0; j < width; j++) mean[j] /= rows.length;
        double[] squares = new double[width];
        for (int r : rows) {
            data.copyRow(r, row, 0);
            for (int j = 0; j < width; j++) {
                double d = row[j] - mean[j];
                squares[j] += d * d;
            }
        }
        double[] std = new double[width];
        for (int j = 0; j < width; j++) std[j] = Math.sqrt(squares[j] / rows.length);
        return fromMoments(mean, std);
    }

    /** Standard normalisation from each feature's mean and population standard deviation. */
    static Affine fromMoments(double[] mean, double[] std) {
        float[] shift = new float[mean.length];
        float[] scale = new float[mean.length];
        for (int j = 0; j < mean.length; j++) {
            shift[j] = (float) mean[j];
            scale[j] = inverseOrOne(std[j]);
        }
        return new Affine(shift, scale);
    }

    private static Affine minMax(Dataset data, int width, int[] rows) {
        float[] row = new float[width];
        float[] min = data.row(rows[0]);
        float[] max = data.row(rows[0]);
        for (int r : rows) {
            data.copyRow(r, row, 0);
            for (int j = 0; j < width; j++) {
                float x = row[j];
                if (x < min[j]) {
                    min[j] = x;
                }
                if (x > max[j]) {
                    max[j] = x;
                }
            }
        }
        return fromRange(min, max);
    }

    /** Min-max normalisation from each feature's least and greatest value. */
    static Affine fromRange(float[] min, float[] max) {
        float[] scale = new float[min.length];
        for (int j = 0; j < min.length; j++) scale[j] = inverseOrOne((double) max[j] - min[j]);
        return new Affine(min.clone(), scale);
    }

    /** {@code 1 / spread}, or 1 when the spread is zero or so small that its inverse is not a finite float. */
    private static float inverseOrOne(double spread) {
        float inverse = (float) (1 / spread);
        return spread > 0 && Float.isFinite(inverse) ? inverse : 1f;
    }
}
