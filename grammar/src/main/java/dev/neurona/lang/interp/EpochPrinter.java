package dev.neurona.lang.interp;

import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints training as it goes: one line per epoch ({@link EpochMetrics#format()}); on a terminal
 * also a progress line that the epoch line then replaces; when quiet, only the last epoch's line.
 */
final class EpochPrinter implements TrainingListener {

    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;
    private static final int BAR = 20;

    private final PrintStream out;
    private final boolean quiet;
    private final boolean terminal;
    private int epochs;
    private long lastProgress;
    private int progressWidth;

    EpochPrinter(PrintStream out, boolean quiet, boolean terminal) {
        this.out = out;
        this.quiet = quiet;
        this.terminal = terminal;
    }

    @Override
    public void onTrainBegin(int epochs, int batchesPerEpoch, int trainRows, int validationRows) {
        this.epochs = epochs;
    }

    @Override
    public void onBatchEnd(int epoch, int batch, int batches, int rowsDone, double runningLoss, double runningAcc) {
        if (!terminal || quiet) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastProgress < PROGRESS_EVERY_NANOS && batch < batches) {
            return;
        }
        lastProgress = now;
        int filled = (int) ((long) BAR * batch / batches);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d  [%s%s]  %d/%d  loss %.4f",
                epoch, epochs, "#".repeat(filled), "-".repeat(BAR - filled), batch, batches, runningLoss));
        if (!Double.isNaN(runningAcc)) {
            line.append(String.format(Locale.ROOT, "  acc %.4f", runningAcc));
        }
        clearProgress();
        out.print(line);
        out.flush();
        progressWidth = line.length();
    }

    @Override
    public void onEpochEnd(EpochMetrics metrics) {
        clearProgress();
        if (!quiet) {
            out.println(metrics.format());
        }
    }

    @Override
    public void onTrainEnd(TrainingResult result) {
        clearProgress();
        if (quiet && result.last() != null) {
            out.println(result.last().format());
        }
    }

    private void clearProgress() {
        if (progressWidth > 0) {
            out.print("\r" + " ".repeat(progressWidth) + "\r");
            progressWidth = 0;
        }
    }
}
