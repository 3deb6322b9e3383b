package dev.neurona.spark.data;

import dev.neurona.runtime.data.InputColumn;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.TableRules;
import dev.neurona.runtime.data.Task;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the workers encode a row, shipped with the encoding job: the input columns (name,
 * categories, fill value) from which each worker rebuilds the {@link Preprocessing} that
 * {@code preprocessing.apply(cells)} encodes with, and the class of each target value.
 */
final class EncodingPlan implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] names;
    private final String[][] categories;
    private final double[] fills;
    private final Task task;
    /** The class index of each target key (see {@link #classKey}); empty for regression. */
    private final Map<String, Integer> classes;

    private final boolean numberClasses;
    private transient @Nullable Preprocessing preprocessing;

    EncodingPlan(List<InputColumn> inputs, Task task, Map<String, Integer> classes, boolean numberClasses) {
        this.names = inputs.stream().map(InputColumn::name).toArray(String[]::new);
        this.categories =
                inputs.stream().map(c -> c.categories().toArray(String[]::new)).toArray(String[][]::new);
        this.fills = inputs.stream().mapToDouble(InputColumn::fillValue).toArray();
        this.task = task;
        this.classes = classes;
        this.numberClasses = numberClasses;
    }

    /** The key a target cell is classed by: its number's exact value, or its trimmed text. */
    static String classKey(String cell, boolean numberClasses) {
        return numberClasses ? TableRules.classValue(cell).toPlainString() : cell.trim();
    }

    /** Encodes one row: {@code cells} are the features in order, then the target. */
    EncodedRow encode(long position, String[] cells) {
        float[] features = preprocessing().apply(Arrays.copyOf(cells, names.length));
        String target = cells[names.length];
        if (task == Task.CLASSIFICATION)
            return new EncodedRow(
                    position,
                    features,
                    Objects.requireNonNull(
                            classes.get(classKey(target, numberClasses)), "every class was counted before encoding"),
                    0);
        return new EncodedRow(position, features, -1, (float) TableRules.number(target));
    }

    /** The encoding alone: input columns, no affine step. */
    synchronized Preprocessing preprocessing() {
        if (preprocessing == null) {
            List<InputColumn> inputs = new ArrayList<>();
            for (int k = 0; k < names.length; k++)
                inputs.add(new InputColumn(names[k], List.of(categories[k]), fills[k]));
            int width = inputs.stream().mapToInt(InputColumn::width).sum();
            float[] ones = new float[width];
            Arrays.fill(ones, 1f);
            preprocessing = new Preprocessing(inputs, new float[width], ones);
        }
        return preprocessing;
    }
}
