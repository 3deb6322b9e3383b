package dev.neurona.runtime.data;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rows of model-ready float32 features with their targets and metadata. Features are held as one
 * contiguous row-major array ({@code rows × width}) so that training gathers batches by index:
 * floats, or for IDX images one unsigned byte per pixel with the preparation's scale and
 * normalisation applied as each row is read ({@link #copyRow}), a quarter of the memory.
 * Classification rows carry a class index; regression rows carry {@code targetWidth} numbers.
 *
 * <p>A data set is not modified once built: methods that change it return a new one. For speed,
 * the arrays handed out by {@link #features()} (when held as floats), {@link #labels()} and
 * {@link #targets()} are the data set's own: read them, never write them.
 */
public final class Dataset {
    private final String name;
    private final Schema schema;
    private final Preprocessing preprocessing;
    /** The features when held as floats, else {@code null}. */
    private final float @Nullable [] features;
    /** The features when held as bytes, else {@code null}. */
    private final @Nullable ByteFeatures bytes;

    private final int rows;
    private final int @Nullable [] labels;
    private final float @Nullable [] targets;

    /**
     * @param labels  class index of each row (classification), else {@code null}
     * @param targets {@code rows × targetWidth} numbers (regression), else {@code null}
     */
    public Dataset(
            String name,
            Schema schema,
            Preprocessing preprocessing,
            float[] features,
            int rows,
            int @Nullable [] labels,
            float @Nullable [] targets) {
        this(name, schema, preprocessing, features, null, rows, labels, targets);
    }

    /** A data set whose features are held as bytes, read through their step. */
    static Dataset ofBytes(
            String name,
            Schema schema,
            Preprocessing preprocessing,
            ByteFeatures bytes,
            int rows,
            int @Nullable [] labels) {
        return new Dataset(name, schema, preprocessing, null, bytes, rows, labels, null);
    }

    private Dataset(
            String name,
            Schema schema,
            Preprocessing preprocessing,
            float @Nullable [] features,
            @Nullable ByteFeatures bytes,
            int rows,
            int @Nullable [] labels,
            float @Nullable [] targets) {
        this.name = name;
        this.schema = schema;
        this.preprocessing = preprocessing;
        this.features = features;
        this.bytes = bytes;
        this.rows = rows;
        this.labels = labels;
        this.targets = targets;
        int width = schema.featureCount();
        int length = features != null
                ? features.length
                : Objects.requireNonNull(bytes, "no features").length();
        if (length != rows * width) {
            throw new IllegalArgumentException("expected " + rows + " × " + width + " features, got " + length);
        }
        if (preprocessing.width() != width) {
            throw new IllegalArgumentException(
                    "preprocessing makes " + preprocessing.width() + " features, schema has " + width);
        }
        if (schema.task() == Task.CLASSIFICATION) {
            if (labels == null || labels.length != rows) {
                throw new IllegalArgumentException("need one label per row");
            }
            int classes = schema.classCount();
            for (int label : labels) {
                if (label < 0 || label >= classes) {
                    throw new IllegalArgumentException("label " + label + " is not a class index");
                }
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
        return new Dataset(newName, schema, preprocessing, features, bytes, rows, labels, targets);
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

    /**
     * All features, row-major. Held as floats, this is the data set's own array: do not modify it.
     * Held as bytes, it is a new array of every row after the step (four bytes a value): to read
     * rows, prefer {@link #copyRow}, which allocates nothing.
     */
    public float[] features() {
        return features != null ? features : heldBytes().toFloats();
    }

    /** The features as bytes, when they are not held as floats (one of the two always is). */
    private ByteFeatures heldBytes() {
        return Objects.requireNonNull(bytes);
    }

    /** Whether the features are held as one unsigned byte each, read through a step (IDX images). */
    public boolean heldAsBytes() {
        return bytes != null;
    }

    /** Writes the features of row {@code row} into {@code into[offset .. offset + width())}; allocates nothing. */
    public void copyRow(int row, float[] into, int offset) {
        if (features != null) {
            int w = width();
            System.arraycopy(features, row * w, into, offset, w);
        } else {
            heldBytes().copyRow(row, into, offset);
        }
    }

    /** Class index per row, or {@code null} for regression. Do not modify. */
    public int @Nullable [] labels() {
        return labels;
    }

    /** Regression targets, row-major, or {@code null} for classification. Do not modify. */
    public float @Nullable [] targets() {
        return targets;
    }

    /** A copy of one row's features. */
    public float[] row(int index) {
        float[] row = new float[width()];
        copyRow(index, row, 0);
        return row;
    }

    /** How many rows each class has, in class order (classification only). */
    public int[] classCounts() {
        int[] counts = new int[schema.classCount()];
        if (labels != null) {
            for (int label : labels) counts[label]++;
        }
        return counts;
    }

    /** A new data set of the given rows, in the given order (rows may repeat). */
    public Dataset subset(int[] indices) {
        int w = width();
        int tw = schema.targetWidth();
        float[] f = features == null ? null : new float[indices.length * w];
        int[] l = labels == null ? null : new int[indices.length];
        float[] t = targets == null ? null : new float[indices.length * tw];
        for (int i = 0; i < indices.length; i++) {
            int r = indices[i];
            if (f != null) {
                System.arraycopy(features, r * w, f, i * w, w);
            }
            if (l != null) {
                l[i] = Objects.requireNonNull(labels)[r];
            }
            if (t != null) {
                System.arraycopy(targets, r * tw, t, i * tw, tw);
            }
        }
        return new Dataset(
                name, schema, preprocessing, f, f == null ? heldBytes().rows(indices) : null, indices.length, l, t);
    }

    /**
     * This data set with {@code step} applied to every feature, as the data set {@code name} with
     * {@code newPreprocessing}. Raw bytes stay bytes, read through the step; otherwise the features
     * become floats with the step applied in place to a copy, or to this data set's own array when
     * {@code ownArrays} says no one else holds it.
     */
    Dataset stepped(Affine step, Preprocessing newPreprocessing, String newName, boolean ownArrays) {
        if (bytes != null && bytes.isRaw()) {
            return new Dataset(newName, schema, newPreprocessing, null, bytes.readThrough(step), rows, labels, targets);
        }
        float[] stepped = features == null ? heldBytes().toFloats() : ownArrays ? features : features.clone();
        step.applyInPlace(stepped);
        return new Dataset(newName, schema, newPreprocessing, stepped, null, rows, labels, targets);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + rows + " rows × " + width() + " features, "
                + schema.task().keyword() + "]";
    }
}
