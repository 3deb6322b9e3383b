package dev.neurona.runtime.data;

import java.util.Arrays;
import java.util.List;

/**
 * Rows of model-ready float32 features with their targets and metadata. Features are held as one
 * contiguous row-major array ({@code rows × width}) so that training gathers batches by index.
 * Classification rows carry a class index; regression rows carry {@code targetWidth} numbers.
 *
 * <p>A data set is not modified once built: methods that change it return a new one. For speed,
 * the arrays handed out by {@link #features()}, {@link #labels()} and {@link #targets()} are the
 * data set's own: read them, never write them.
 */
public final class Dataset {
    private final String name;
    private final Schema schema;
    private final Preprocessing preprocessing;
    private final float[] features;
    private final int rows;
    private final int[] labels;
    private final float[] targets;

    /**
     * @param labels  class index of each row (classification), else {@code null}
     * @param targets {@code rows × targetWidth} numbers (regression), else {@code null}
     */
    public Dataset(String name, Schema schema, Preprocessing preprocessing, float[] features, int rows,
                   int[] labels, float[] targets) {
        this.name = name;
        this.schema = schema;
        this.preprocessing = preprocessing;
        this.features = features;
        this.rows = rows;
        this.labels = labels;
        this.targets = targets;
        int width = schema.featureCount();
        if (features.length != rows * width) {
            throw new IllegalArgumentException("expected " + rows + " × " + width + " features, got " + features.length);
        }
        if (preprocessing.width() != width) {
            throw new IllegalArgumentException("preprocessing makes " + preprocessing.width() + " features, schema has " + width);
        }
        if (schema.task() == Task.CLASSIFICATION) {
            if (labels == null || labels.length != rows) throw new IllegalArgumentException("need one label per row");
            int classes = schema.classCount();
            for (int label : labels) {
                if (label < 0 || label >= classes) throw new IllegalArgumentException("label " + label + " is not a class index");
            }
        } else if (targets == null || targets.length != rows * schema.targetWidth()) {
            throw new IllegalArgumentException("need " + schema.targetWidth() + " targets per row");
        }
    }

    /** The name the data set was given ({@code digits.train}), for messages. */
    public String name() {
        return name;
    }

    public Dataset withName(String newName) {
        return new Dataset(newName, schema, preprocessing, features, rows, labels, targets);
    }

    public Schema schema() {
        return schema;
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    public Task task() {
        return schema.task();
    }

    public List<String> classNames() {
        return schema.classNames();
    }

    public int rows() {
        return rows;
    }

    /** The number of features per row (the model's input width). */
    public int width() {
        return schema.featureCount();
    }

    /** The number of regression targets per row, or the number of classes. */
    public int targetWidth() {
        return schema.targetWidth();
    }

    /** All features, row-major. Do not modify. */
    public float[] features() {
        return features;
    }

    /** Class index per row, or {@code null} for regression. Do not modify. */
    public int[] labels() {
        return labels;
    }

    /** Regression targets, row-major, or {@code null} for classification. Do not modify. */
    public float[] targets() {
        return targets;
    }

    /** A copy of one row's features. */
    public float[] row(int index) {
        int w = width();
        return Arrays.copyOfRange(features, index * w, (index + 1) * w);
    }

    /** How many rows each class has, in class order (classification only). */
    public int[] classCounts() {
        int[] counts = new int[schema.classCount()];
        if (labels != null) for (int label : labels) counts[label]++;
        return counts;
    }

    /** A new data set of the given rows, in the given order (rows may repeat). */
    public Dataset subset(int[] indices) {
        int w = width();
        int tw = schema.targetWidth();
        float[] f = new float[indices.length * w];
        int[] l = labels == null ? null : new int[indices.length];
        float[] t = targets == null ? null : new float[indices.length * tw];
        for (int i = 0; i < indices.length; i++) {
            int r = indices[i];
            System.arraycopy(features, r * w, f, i * w, w);
            if (l != null) l[i] = labels[r];
            if (t != null) System.arraycopy(targets, r * tw, t, i * tw, tw);
        }
        return new Dataset(name, schema, preprocessing, f, indices.length, l, t);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + rows + " rows × " + width() + " features, " + schema.task().keyword() + "]";
    }
}
