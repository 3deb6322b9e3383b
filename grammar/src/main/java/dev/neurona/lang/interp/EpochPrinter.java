package dev.neurona.lang.interp;

import dev.neurona.lang.visual.Glyphs;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Prints training as it goes. Each epoch ends with its line ({@link EpochMetrics#format()}) and
 * any {@link LearningNotes note} it gives rise to. On a terminal, a {@link ProgressLine} shows
 * the running epoch, redrawn at most ten times a second with a carriage return and replaced by
 * the epoch line; elsewhere (a file, a pipe, CI) nothing is printed per batch, so a log holds
 * epoch lines only. When quiet, only the last epoch's line.
 */
final class EpochPrinter implements TrainingListener {

    private static final long REDRAW_EVERY_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean quiet;
    private final boolean terminal;
    private final LearningNotes notes;
    private final Glyphs glyphs;
    private final LongSupplier clock;
    private final Messages messages;
    private int epochs;
    private long epochStarted;
    private long lastDrawn;
    private int drawnWidth;

    /** Prints in the language of {@code messages}. */
    EpochPrinter(PrintStream out, boolean quiet, boolean terminal, LearningNotes notes, Messages messages) {
        this(out, quiet, terminal, notes, Glyphs.forOutput(), System::nanoTime, messages);
    }

    /** Prints in English; @param clock nanoseconds, as {@link System#nanoTime()} */
    EpochPrinter(
            PrintStream out, boolean quiet, boolean terminal, LearningNotes notes, Glyphs glyphs, LongSupplier clock) {
        this(out, quiet, terminal, notes, glyphs, clock, Messages.english());
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    EpochPrinter(
            PrintStream out,
            boolean quiet,
            boolean terminal,
            LearningNotes notes,
            Glyphs glyphs,
            LongSupplier clock,
            Messages messages) {
        this.messages = messages;
        this.out = out;
        this.quiet = quiet;
        this.terminal = terminal;
        this.notes = notes;
        this.glyphs = glyphs;
        this.clock = clock;
    }

    @Override
    public void onWarmUp(int steps, double seconds) {
        if (!quiet) {
            out.println(messages.text("train.warmed_up", String.format(Locale.ROOT, "%.1fs", seconds)));
        }
    }

    @Override
    public void onTrainBegin(int epochs, int batchesPerEpoch, int trainRows, int validationRows) {
        this.epochs = epochs;
        this.epochStarted = clock.getAsLong();
    }

    @Override
    public void onBatchEnd(int epoch, int batch, int batches, int rowsDone, double runningLoss, double runningAcc) {
        if (!terminal || quiet) {
            return;
        }
        long now = clock.getAsLong();
        if (drawnWidth > 0 && now - lastDrawn < REDRAW_EVERY_NANOS) {
            return;
        }
        lastDrawn = now;
        String line = ProgressLine.format(
                epoch,
                epochs,
                batch,
                batches,
                rowsDone,
                runningLoss,
                runningAcc,
                (now - epochStarted) / 1e9,
                glyphs,
                messages);
        out.print('\r' + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        out.flush();
        drawnWidth = line.length();
    }

    @Override
    public void onEpochEnd(EpochMetrics metrics) {
        clearProgress();
        if (!quiet) {
            out.println(metrics.format(messages));
            notes.after(metrics).forEach(out::print);
        }
        epochStarted = clock.getAsLong();
    }

    @Override
    public void onTrainEnd(TrainingResult result) {
        clearProgress();
        if (quiet && result.last() != null) {
            out.println(result.last().format(messages));
        }
        out.flush();
    }

    private void clearProgress() {
        if (drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            drawnWidth = 0;
        }
    }
}
