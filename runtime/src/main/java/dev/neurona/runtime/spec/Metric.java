package dev.neurona.runtime.spec;

import java.util.Arrays;
import java.util.Optional;

/** A per-epoch figure that early stopping, checkpoints and sweeps can watch. */
public enum Metric {
    LOSS("loss", false),
    ACCURACY("accuracy", true),
    VAL_LOSS("val_loss", false),
    VAL_ACCURACY("val_accuracy", true);

    private final String keyword;
    private final boolean higherIsBetter;

    Metric(String keyword, boolean higherIsBetter) {
        this.keyword = keyword;
        this.higherIsBetter = higherIsBetter;
    }

    public String keyword() {
        return keyword;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean needsValidation() {
        return this == VAL_LOSS || this == VAL_ACCURACY;
    }

    /** Looks a metric up by name; {@code acc} and {@code val_acc} are accepted as short forms. */
    public static Optional<Metric> byName(String name) {
        String n =
                switch (name) {
                    case "acc" -> "accuracy";
                    case "val_acc" -> "val_accuracy";
                    default -> name;
                };
        return Arrays.stream(values()).filter(m -> m.keyword.equals(n)).findFirst();
    }
}
