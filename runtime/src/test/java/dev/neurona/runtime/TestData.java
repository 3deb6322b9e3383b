package dev.neurona.runtime;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Small in-memory data sets for tests. */
public final class TestData {
    private TestData() {}

    public static Dataset classification(String name, float[][] x, int[] labels, int classes) {
        List<String> features = names("x", x[0].length);
        List<String> classNames =
                IntStream.range(0, classes).mapToObj(Integer::toString).toList();
        Schema schema =
                new Schema(features, List.of(features.size()), Task.CLASSIFICATION, classNames, List.of("label"));
        return new Dataset(name, schema, Preprocessing.identity(features), flatten(x), x.length, labels.clone(), null);
    }

    public static Dataset regression(String name, float[][] x, float[][] targets) {
        List<String> features = names("x", x[0].length);
        Schema schema = new Schema(
                features, List.of(features.size()), Task.REGRESSION, List.of(), names("y", targets[0].length));
        return new Dataset(
                name, schema, Preprocessing.identity(features), flatten(x), x.length, null, flatten(targets));
    }

    /** {@code rows} points in {@code width} dimensions; the class is which of {@code classes} random centres is nearest. */
    public static Dataset blobs(int rows, int width, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] centres = new float[classes][width];
        for (float[] c : centres) for (int j = 0; j < width; j++) c[j] = (float) (random.nextGaussian() * 2);
        float[][] x = new float[rows][width];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextInt(classes);
            for (int j = 0; j < width; j++) x[i][j] = centres[y[i]][j] + (float) random.nextGaussian();
        }
        return classification("blobs", x, y, classes);
    }

    public static Dataset xor() {
        float[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        return classification("xor", x, new int[] {0, 1, 1, 0}, 2);
    }

    private static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) names.add(prefix + i);
        return names;
    }

    private static float[] flatten(float[][] rows) {
        int w = rows[0].length;
        float[] flat = new float[rows.length * w];
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, flat, i * w, w);
        return flat;
    }
}
