package dev.neurona.runtime.data;

import java.util.List;

/**
 * What a model needs to know about its data besides the numbers.
 *
 * @param featureNames one name per model input (after one-hot encoding: {@code colour=red})
 * @param featureShape the inputs' shape, e.g. [28, 28] for images or [n] for a table
 * @param task         classification or regression
 * @param classNames   the classes, in label order (empty for regression)
 * @param targetNames  the names of the regression targets (one per output), or the class column
 */
public record Schema(
        List<String> featureNames,
        List<Integer> featureShape,
        Task task,
        List<String> classNames,
        List<String> targetNames) {
    public Schema {
        featureNames = List.copyOf(featureNames);
        featureShape = List.copyOf(featureShape);
        classNames = List.copyOf(classNames);
        targetNames = List.copyOf(targetNames);
        int width = featureShape.stream().reduce(1, (a, b) -> a * b);
        if (width != featureNames.size()) {
            throw new IllegalArgumentException(
                    "shape " + featureShape + " does not hold " + featureNames.size() + " features");
        }
        if (task == Task.CLASSIFICATION && classNames.isEmpty()) {
            throw new IllegalArgumentException("a classification schema needs class names");
        }
    }

    public int featureCount() {
        return featureNames.size();
    }

    public int classCount() {
        return classNames.size();
    }

    /** The network outputs this data calls for: one per class, or one per regression target. */
    public int targetWidth() {
        return task == Task.CLASSIFICATION ? classNames.size() : targetNames.size();
    }
}
