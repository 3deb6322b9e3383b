package dev.neurona.repl.jupyter;

import dev.neurona.lang.interp.RunObserver;
import dev.neurona.lang.interp.TrainingView;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Training as one display that is redrawn in place (at most five times a second, and at each
 * epoch's end) instead of a line per epoch. Remembers the epoch lines it showed, written in the
 * run's language as the run prints them, so that the cell's printed text can leave them out
 * whatever language the session speaks.
 */
final class TrainingProgress implements RunObserver {

    private static final long REDRAW_EVERY_NANOS = 200_000_000L;

    private final LongSupplier clock;
    private final Set<String> shownLines = new HashSet<>();
    private volatile @Nullable CellOutput output;
    private int trainings;

    TrainingProgress(LongSupplier clock) {
        this.clock = clock;
    }

    /** Sends displays to {@code output} from now on (the running cell's). */
    void to(@Nullable CellOutput output) {
        this.output = output;
    }

    /** Whether {@code line} is an epoch line already shown in a display. */
    boolean shown(String line) {
        return shownLines.contains(line);
    }

    /** Forgets the epoch lines shown, once the cell's text has been sent. */
    void forget() {
        shownLines.clear();
    }

    @Override
    public TrainingListener training(TrainingView view) {
        CellOutput target = output;
        if (target == null) {
            return TrainingListener.NONE;
        }
        String id = "nn-train-" + ProcessHandle.current().pid() + "-" + (++trainings);
        String name = view.modelName();
        Locale language = view.messages().locale();
        return new TrainingListener() {
            private long lastDrawn;
            private String lastEpoch = "";

            @Override
            public void onTrainBegin(int epochs, int batchesPerEpoch, int trainRows, int validationRows) {
                lastDrawn = clock.getAsLong();
                target.progress(
                        id,
                        Messages.in(
                                language,
                                "kernel.progress.begin",
                                name,
                                String.valueOf(epochs),
                                String.valueOf(batchesPerEpoch)),
                        true);
            }

            @Override
            public void onBatchEnd(
                    int epoch, int batch, int batches, int rowsDone, double runningLoss, double runningAcc) {
                long now = clock.getAsLong();
                if (now - lastDrawn < REDRAW_EVERY_NANOS) {
                    return;
                }
                lastDrawn = now;
                String loss = String.format(Locale.ROOT, "%.4f", runningLoss);
                String at = String.valueOf(epoch);
                String done = String.valueOf(batch);
                String of = String.valueOf(batches);
                target.progress(
                        id,
                        lastEpoch.isEmpty()
                                ? Messages.in(language, "kernel.progress.batch", name, at, done, of, loss)
                                : Messages.in(
                                        language, "kernel.progress.batch.last", name, at, done, of, loss, lastEpoch),
                        false);
            }

            @Override
            public void onEpochEnd(EpochMetrics metrics) {
                lastEpoch = metrics.format(view.messages());
                shownLines.add(lastEpoch);
                target.progress(id, Messages.in(language, "kernel.progress.epoch", name, lastEpoch), false);
            }

            @Override
            public void onTrainEnd(TrainingResult result) {
                target.progress(id, Messages.in(language, "kernel.progress.done", name, lastEpoch), false);
            }
        };
    }
}
