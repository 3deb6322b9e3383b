package dev.neurona.spark;

import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.IdxLoader;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The data sets of the Spark tests: the MNIST sample of the repository, and small synthetic ones. */
final class TrainingData {
    /** Tests run with the module's folder as the working directory. */
    static final Path MNIST = Path.of("../samples/data/mnist-10k");

    private TrainingData() {}

    /** The sample's 8,000 training digits (or its 2,000 test digits), pixels scaled to [0, 1]; the first {@code limit} rows if positive. */
    static Dataset digits(boolean test, int limit) {
        String prefix = test ? "test" : "train";
        Dataset raw = IdxLoader.load(
                MNIST.resolve(prefix + "-images-idx3-ubyte.gz"), MNIST.resolve(prefix + "-labels-idx1-ubyte.gz"));
        DataOptions options =
                DataOptions.builder().scale(1 / 255.0).limit(limit).build();
        return DataPipeline.prepare(raw, options, test ? "exam" : "digits", 7).all();
    }

    /** {@code rows} noisy points around {@code classes} random centres in {@code width} dimensions. */
    static Dataset blobs(int rows, int width, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] centres = new float[classes][width];
        for (float[] c : centres) for (int j = 0; j < width; j++) c[j] = (float) (random.nextGaussian() * 2);
        float[] x = new float[rows * width];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextInt(classes);
            for (int j = 0; j < width; j++) x[i * width + j] = centres[y[i]][j] + (float) random.nextGaussian();
        }
        List<String> names = names("x", width);
        Schema schema = new Schema(names, List.of(width), Task.CLASSIFICATION, names("c", classes), List.of("label"));
        return new Dataset("blobs", schema, Preprocessing.identity(names), x, rows, y, null);
    }

    /** y = 3·x1 − 2·x2 + 0.5 plus a little noise, for regression. */
    static Dataset plane(int rows, long seed, float scale) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[rows * 2];
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            x[2 * i] = (float) random.nextGaussian() * scale;
            x[2 * i + 1] = (float) random.nextGaussian() * scale;
            y[i] = 3 * x[2 * i] - 2 * x[2 * i + 1] + 0.5f + (float) (random.nextGaussian() * 0.05);
        }
        List<String> names = names("x", 2);
        Schema schema = new Schema(names, List.of(2), Task.REGRESSION, List.of(), List.of("y"));
        return new Dataset("plane", schema, Preprocessing.identity(names), x, rows, null, y);
    }

    /**
     * {@code rows} grey 1×{@code size}×{@code size} images on a noisy background, each with one
     * bright stripe: class "horizontal" (label 0) a whole row at a random height, class
     * "vertical" (label 1) a whole column at a random place. A 3×3 filter tells them apart; a
     * linear model of the pixels cannot (summed over positions both classes light the same pixels).
     */
    static Dataset stripes(int rows, int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = size * size;
        float[] x = new float[rows * width];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextInt(2);
            int line = random.nextInt(size);
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    boolean lit = y[i] == 0 ? r == line : c == line;
                    x[i * width + r * size + c] = (lit ? 1f : 0f) + (float) (random.nextGaussian() * 0.25);
                }
            }
        }
        List<String> names = names("px", width);
        Schema schema = new Schema(
                names,
                List.of(1, size, size),
                Task.CLASSIFICATION,
                List.of("horizontal", "vertical"),
                List.of("stripe"));
        return new Dataset("stripes", schema, Preprocessing.identity(names), x, rows, y, null);
    }

    private static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) names.add(prefix + i);
        return names;
    }
}
