package dev.neurona.runtime.train;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a training run went: its epochs, and why it ended.
 *
 * @param bestEpoch the epoch (1-based) whose weights the model holds when early stopping restored
 *                  them, else the last epoch
 * @param stoppedEarly the monitored figure stopped improving and training ended before its epochs
 * @param interrupted  the run was cancelled between two batches
 */
public record TrainingResult(List<EpochMetrics> epochs, int bestEpoch, boolean stoppedEarly, boolean interrupted) {
    public TrainingResult {
        epochs = List.copyOf(epochs);
    }

    public @Nullable EpochMetrics last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
