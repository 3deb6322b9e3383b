package dev.neurona.lang.check.facts;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a check needs to know about a data set's rows without holding them: the features' count
 * and shape, the task with its classes or targets, and the raw input columns a model trained on
 * it reads ({@code predict MODEL [x1, x2]}).
 *
 * @param featureShape the features' shape: {@code [28, 28]} for images, {@code [n]} for a table
 * @param classNames   the classes in label order; empty for regression
 * @param targetNames  the regression targets, or the class column
 * @param rawColumns   the raw input columns, in order, before one-hot encoding
 */
public record DataShape(
        List<Integer> featureShape,
        Task task,
        List<String> classNames,
        List<String> targetNames,
        List<RawColumn> rawColumns) {

    /** A raw input column: a number, or text that is one-hot encoded. */
    public record RawColumn(String name, boolean text) {}

    public DataShape {
        featureShape = List.copyOf(featureShape);
        classNames = List.copyOf(classNames);
        targetNames = List.copyOf(targetNames);
        rawColumns = List.copyOf(rawColumns);
    }

    public static DataShape of(Dataset data) {
        return of(data.schema(), data.preprocessing());
    }

    /** The shape a model was trained on; empty before training, when it has no schema or preprocessing. */
    public static Optional<DataShape> ofTrained(@Nullable Schema schema, @Nullable Preprocessing preprocessing) {
        return schema == null || preprocessing == null ? Optional.empty() : Optional.of(of(schema, preprocessing));
    }

    public static DataShape of(Schema schema, Preprocessing preprocessing) {
        List<RawColumn> raw = preprocessing.columns().stream()
                .map(column -> new RawColumn(column.name(), column.isCategorical()))
                .toList();
        return new DataShape(schema.featureShape(), schema.task(), schema.classNames(), schema.targetNames(), raw);
    }

    /** The number of features: the product of the shape. */
    public int featureCount() {
        int count = 1;
        for (int d : featureShape) {
            count *= d;
        }
        return count;
    }

    public int classCount() {
        return classNames.size();
    }

    /** The outputs this data calls for: one per class, or one per regression target. */
    public int targetCount() {
        return task == Task.CLASSIFICATION ? classNames.size() : targetNames.size();
    }
}
