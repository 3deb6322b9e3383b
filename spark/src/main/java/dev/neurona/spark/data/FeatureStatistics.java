package dev.neurona.spark.data;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.jspecify.annotations.Nullable;

/**
 * Per-feature statistics of some rows, computed by Spark as the local normaliser computes them:
 * the mean, then the population standard deviation from a second pass of squared deviations
 * (both summed in double, partition by partition, the partitions added in their order), and the
 * least and greatest values.
 */
record FeatureStatistics(double[] mean, double[] std, float[] min, float[] max) {

    /** Sums of one partition: {@code values[j]} is Σ over its rows of what is summed for feature j. */
    private record PartialSums(
            int partition, long count, double[] values, float @Nullable [] min, float @Nullable [] max)
            implements Serializable {}

    /** The statistics of {@code features} (rows of {@code width}); there must be at least one row. */
    static FeatureStatistics of(JavaRDD<float[]> features, int width) {
        List<PartialSums> first = inPartitionOrder(features.mapPartitionsWithIndex(
                        (partition, rows) -> {
                            double[] sum = new double[width];
                            float[] min = new float[width];
                            float[] max = new float[width];
                            java.util.Arrays.fill(min, Float.POSITIVE_INFINITY);
                            java.util.Arrays.fill(max, Float.NEGATIVE_INFINITY);
                            long count = 0;
                            while (rows.hasNext()) {
                                float[] x = rows.next();
                                for (int j = 0; j < width; j++) {
                                    sum[j] += x[j];
                                    if (x[j] < min[j]) min[j] = x[j];
                                    if (x[j] > max[j]) max[j] = x[j];
                                }
                                count++;
                            }
                            return List.of(new PartialSums(partition, count, sum, min, max))
                                    .iterator();
                        },
                        false)
                .collect());
        long count = 0;
        double[] mean = new double[width];
        float[] min = new float[width];
        float[] max = new float[width];
        java.util.Arrays.fill(min, Float.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Float.NEGATIVE_INFINITY);
        for (PartialSums part : first) {
            count += part.count();
            float[] partMin = Objects.requireNonNull(part.min(), "the first pass keeps minima");
            float[] partMax = Objects.requireNonNull(part.max(), "the first pass keeps maxima");
            for (int j = 0; j < width; j++) {
                mean[j] += part.values()[j];
                min[j] = Math.min(min[j], partMin[j]);
                max[j] = Math.max(max[j], partMax[j]);
            }
        }
        for (int j = 0; j < width; j++) mean[j] /= count;

        List<PartialSums> second = inPartitionOrder(features.mapPartitionsWithIndex(
                        (partition, rows) -> {
                            double[] squares = new double[width];
                            while (rows.hasNext()) {
                                float[] x = rows.next();
                                for (int j = 0; j < width; j++) {
                                    double d = x[j] - mean[j];
                                    squares[j] += d * d;
                                }
                            }
                            return List.of(new PartialSums(partition, 0, squares, null, null))
                                    .iterator();
                        },
                        false)
                .collect());
        double[] std = new double[width];
        for (PartialSums part : second) for (int j = 0; j < width; j++) std[j] += part.values()[j];
        for (int j = 0; j < width; j++) std[j] = Math.sqrt(std[j] / count);
        return new FeatureStatistics(mean, std, min, max);
    }

    private static List<PartialSums> inPartitionOrder(List<PartialSums> parts) {
        List<PartialSums> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparingInt(PartialSums::partition));
        return ordered;
    }
}
