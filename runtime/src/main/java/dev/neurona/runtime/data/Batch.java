package dev.neurona.runtime.data;

import org.jspecify.annotations.Nullable;

/**
 * One batch of a streamed data set, model-ready: {@link #rows()} rows of {@link #width()}
 * features, row-major, with their classes or regression targets. A batch iterator hands out the
 * same batch object each time, refilled: read it before asking for the next one, or copy it.
 */
public final class Batch {
    private final int width;
    private final float[] features;
    private final int @Nullable [] labels;
    private final float @Nullable [] targets;
    private int rows;

    Batch(int capacity, int width, boolean classification) {
        this.width = width;
        this.features = new float[capacity * width];
        this.labels = classification ? new int[capacity] : null;
        this.targets = classification ? null : new float[capacity];
    }

    /** The rows in this batch: the batch size, or fewer in an epoch's last batch. */
    public int rows() {
        return rows;
    }

    void setRows(int count) {
        rows = count;
    }

    public int width() {
        return width;
    }

    /** The features, {@code rows() × width()} row-major from index 0 (the array may be longer). Do not modify. */
    public float[] features() {
        return features;
    }

    /** The class of each row from index 0 (classification), else {@code null}. Do not modify. */
    public int @Nullable [] labels() {
        return labels;
    }

    /** The target of each row from index 0 (regression, one target per row), else {@code null}. Do not modify. */
    public float @Nullable [] targets() {
        return targets;
    }

    int @Nullable [] labelSlots() {
        return labels;
    }

    float @Nullable [] targetSlots() {
        return targets;
    }
}
