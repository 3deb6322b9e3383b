package dev.neurona.runtime.train;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every epoch a model has been trained for, across training runs, oldest first. */
public record History(List<EpochMetrics> epochs) {
    public static final History EMPTY = new History(List.of());

    public History {
        epochs = List.copyOf(epochs);
    }

    public History plus(List<EpochMetrics> more) {
        List<EpochMetrics> all = new ArrayList<>(epochs);
        all.addAll(more);
        return new History(all);
    }

    public boolean isEmpty() {
        return epochs.isEmpty();
    }

    public int size() {
        return epochs.size();
    }

    /** The most recent epoch, or null before any training. */
    public @Nullable EpochMetrics last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
