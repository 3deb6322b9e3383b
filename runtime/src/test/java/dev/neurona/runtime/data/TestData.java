package dev.neurona.runtime.data;

import java.util.ArrayList;
import java.util.List;

/** Small in-memory data sets whose rows can be recognised after shuffling. */
final class TestData {
    private TestData() {}

    /**
     * A classification data set with {@code counts[c]} rows of class {@code c}, classes interleaved
     * (row {@code i} has the class of the i-th draw from a round-robin over classes with rows left).
     * Feature 0 of row {@code i} is {@code i} (an id), feature 1 is {@code i * i % 17 + 0.25},
     * feature 2 is the constant 5.
     */
    static Dataset classification(int... counts) {
        int rows = 0;
        for (int c : counts) rows += c;
        int[] labels = new int[rows];
        int[] left = counts.clone();
        for (int i = 0, c = 0; i < rows; c = (c + 1) % counts.length) {
            if (left[c] > 0) {
                left[c]--;
                labels[i++] = c;
            }
        }
        List<String> classes = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) classes.add("k" + c);
        List<String> names = List.of("id", "wave", "flat");
        Schema schema = new Schema(names, List.of(3), Task.CLASSIFICATION, classes, List.of("class"));
        return new Dataset("table", schema, Preprocessing.identity(names), features(rows), rows, labels, null);
    }

    /** A regression data set of {@code rows} rows with the features of {@link #classification} and target {@code 2 * id}. */
    static Dataset regression(int rows) {
        float[] targets = new float[rows];
        for (int i = 0; i < rows; i++) targets[i] = 2 * i;
        List<String> names = List.of("id", "wave", "flat");
        Schema schema = new Schema(names, List.of(3), Task.REGRESSION, List.of(), List.of("y"));
        return new Dataset("table", schema, Preprocessing.identity(names), features(rows), rows, null, targets);
    }

    private static float[] features(int rows) {
        float[] features = new float[rows * 3];
        for (int i = 0; i < rows; i++) {
            features[3 * i] = i;
            features[3 * i + 1] = i * i % 17 + 0.25f;
            features[3 * i + 2] = 5;
        }
        return features;
    }

    /** Row {@code r}'s features as the raw numbers they were made from. */
    static double[] raw(Dataset source, int r) {
        float[] row = source.row(r);
        double[] raw = new double[row.length];
        for (int j = 0; j < row.length; j++) raw[j] = row[j];
        return raw;
    }

    /** The ids (raw feature 0) of the rows of a data set made here, undoing its affine step. */
    static int[] ids(Dataset data) {
        float shift = data.preprocessing().shift()[0];
        float scale = data.preprocessing().scale()[0];
        int[] ids = new int[data.rows()];
        for (int i = 0; i < ids.length; i++) ids[i] = Math.round(data.features()[i * data.width()] / scale + shift);
        return ids;
    }
}
