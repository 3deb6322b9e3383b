package dev.neurona.spark;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Some rows of a data set, in a form Java serialization ships to a worker: the features and
 * targets as plain arrays, and just enough of the schema (the task and widths) to make them a
 * {@link Dataset} again there. Names are not shipped; a worker's data set is only stepped and
 * scored on, never shown.
 */
final class DatasetShard implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Task task;
    private final int rows;
    private final int width;
    private final int targetWidth;
    private final float[] features;
    private final int @Nullable [] labels;
    private final float @Nullable [] targets;
    private transient @Nullable Dataset dataset;

    private DatasetShard(
            Task task,
            int rows,
            int width,
            int targetWidth,
            float[] features,
            int @Nullable [] labels,
            float @Nullable [] targets) {
        this.task = task;
        this.rows = rows;
        this.width = width;
        this.targetWidth = targetWidth;
        this.features = features;
        this.labels = labels;
        this.targets = targets;
    }

    /** Rows {@code indices} of {@code data}, in that order (copied). */
    static DatasetShard of(Dataset data, int[] indices) {
        Dataset part = data.subset(indices);
        return new DatasetShard(
                data.task(),
                part.rows(),
                data.width(),
                data.targetWidth(),
                part.features(),
                part.labels(),
                part.targets());
    }

    /** Rows {@code from .. to} of {@code data}, in order (copied). */
    static DatasetShard range(Dataset data, int from, int to) {
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) indices[i] = from + i;
        return of(data, indices);
    }

    int rows() {
        return rows;
    }

    /** The rows as a data set, made once per process that holds this shard. */
    synchronized Dataset dataset() {
        if (dataset == null) {
            List<String> names = numbered("x", width);
            Schema schema = task == Task.CLASSIFICATION
                    ? new Schema(names, List.of(width), task, numbered("class", targetWidth), List.of("label"))
                    : new Schema(names, List.of(width), task, List.of(), numbered("y", targetWidth));
            dataset = new Dataset("shard", schema, Preprocessing.identity(names), features, rows, labels, targets);
        }
        return dataset;
    }

    private static List<String> numbered(String prefix, int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) names.add(prefix + i);
        return names;
    }
}
