package dev.neurona.lang.interp;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.train.Predictions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a model's outputs read as predictions. Classification: the predicted class, then one
 * probability column per class, {@code prob_CLASS} (a single sigmoid output {@code p} is the
 * probabilities {@code 1 - p} and {@code p}). Regression: one column per target,
 * {@code predicted_TARGET}.
 */
final class PredictionColumns {

    private final boolean classification;
    private final List<String> classNames;
    private final List<String> targetNames;

    private PredictionColumns(boolean classification, List<String> classNames, List<String> targetNames) {
        this.classification = classification;
        this.classNames = classNames;
        this.targetNames = targetNames;
    }

    /** The columns for {@code model}'s outputs on {@code data} (whose task and classes they follow). */
    static PredictionColumns of(Model model, Dataset data) {
        return of(model, data.schema());
    }

    /**
     * The columns for {@code model}'s own outputs: its training data's classes, or before any
     * training, classes {@code 0..K-1} when its output layer is softmax or one sigmoid unit.
     */
    static PredictionColumns of(Model model) {
        if (model.schema() != null) {
            return of(model, model.schema());
        }
        int width = model.spec().outputWidth();
        String activation = model.spec().outputActivation().kind().keyword();
        boolean classifier = activation.equals("softmax") || activation.equals("sigmoid") && width == 1;
        List<String> names = new ArrayList<>();
        int classes = classifier && width == 1 ? 2 : width;
        for (int i = 0; i < classes; i++) {
            names.add(classifier ? Integer.toString(i) : "output" + (i + 1));
        }
        return classifier
                ? new PredictionColumns(true, names, List.of())
                : new PredictionColumns(false, List.of(), names);
    }

    static PredictionColumns of(Model model, Schema schema) {
        if (schema.task() == Task.CLASSIFICATION) {
            List<String> names = model.schema() != null && model.schema().task() == Task.CLASSIFICATION
                    ? model.schema().classNames()
                    : schema.classNames();
            return new PredictionColumns(true, names, List.of());
        }
        return new PredictionColumns(false, List.of(), schema.targetNames());
    }

    /** The column titles of a file of predictions, the same in every language: data for programs. */
    List<String> header() {
        List<String> header = new ArrayList<>();
        if (classification) {
            header.add("predicted");
            classNames.forEach(name -> header.add("prob_" + name));
        } else {
            targetNames.forEach(name -> header.add("predicted_" + name));
        }
        return header;
    }

    /** The column titles as shown on screen, in {@code messages}' language. */
    List<String> header(dev.neurona.runtime.i18n.Messages messages) {
        List<String> header = new ArrayList<>();
        if (classification) {
            header.add(messages.text("predict.column.predicted"));
            classNames.forEach(name -> header.add(messages.text("predict.column.probability", name)));
        } else {
            targetNames.forEach(name -> header.add(messages.text("predict.column.predicted_target", name)));
        }
        return header;
    }

    /** The predicted class's name for the outputs of one row. */
    String predictedClass(float[] outputs, int offset, int width) {
        return classNames.get(Predictions.predictedClass(outputs, offset, width));
    }

    /** One row's cells, numbers written by {@code number}. */
    List<String> cells(float[] outputs, int offset, int width, NumberFormat number) {
        List<String> cells = new ArrayList<>();
        if (classification) {
            cells.add(predictedClass(outputs, offset, width));
            for (float probability : probabilities(outputs, offset, width)) {
                cells.add(number.format(probability));
            }
        } else {
            for (int j = 0; j < width; j++) {
                cells.add(number.format(outputs[offset + j]));
            }
        }
        return cells;
    }

    /** A class's probability per class: the softmax outputs, or 1 - p and p for one sigmoid unit. */
    static float[] probabilities(float[] outputs, int offset, int width) {
        if (width == 1) {
            return new float[] {1 - outputs[offset], outputs[offset]};
        }
        float[] probabilities = new float[width];
        System.arraycopy(outputs, offset, probabilities, 0, width);
        return probabilities;
    }

    /** How a number is written: four decimals on screen, every digit in a file. */
    @FunctionalInterface
    interface NumberFormat {
        String format(float value);

        NumberFormat SCREEN = value -> String.format(Locale.ROOT, "%.4f", value);
        NumberFormat FILE = Float::toString;
    }
}
