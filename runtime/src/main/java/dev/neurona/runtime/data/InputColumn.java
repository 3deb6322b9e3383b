package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.util.List;

/**
 * One raw input column and how it becomes features: a number (one feature; a missing value is
 * replaced by {@code fillValue}, or refused when that is NaN) or text one-hot encoded over
 * {@code categories} (one feature per category; an unseen category encodes as all zeros).
 */
public record InputColumn(String name, List<String> categories, double fillValue) {

    public InputColumn {
        categories = List.copyOf(categories);
    }

    public static InputColumn numeric(String name, double fillValue) {
        return new InputColumn(name, List.of(), fillValue);
    }

    public static InputColumn categorical(String name, List<String> categories) {
        return new InputColumn(name, categories, Double.NaN);
    }

    public boolean isCategorical() {
        return !categories.isEmpty();
    }

    /** How many features this column becomes. */
    public int width() {
        return isCategorical() ? categories.size() : 1;
    }

    /** The value to use for a numeric cell that may be missing (NaN). */
    double fill(double value) {
        if (!Double.isNaN(value)) {
            return value;
        }
        if (Double.isNaN(fillValue)) {
            throw new DataException(Text.of("input.missing", name));
        }
        return fillValue;
    }

    /** Writes this column's features for {@code cell} into {@code out} from {@code at}. */
    void encode(String cell, float[] out, int at) {
        String text = cell == null ? "" : cell.trim();
        if (isCategorical()) {
            int index = categories.indexOf(text);
            if (index >= 0) {
                out[at + index] = 1f;
            }
            return;
        }
        double value;
        if (Cells.isMissing(text)) {
            value = Double.NaN;
        } else if (Cells.isNumber(text)) {
            value = Cells.number(text);
        } else {
            throw new DataException(Text.of("input.not_a_number", name, text));
        }
        out[at] = (float) fill(value);
    }
}
