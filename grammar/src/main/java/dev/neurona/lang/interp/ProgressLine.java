package dev.neurona.lang.interp;

import dev.neurona.lang.visual.Glyphs;
import dev.neurona.runtime.i18n.Messages;
import java.util.Locale;

/**
 * The live line of an epoch on a terminal, rewritten in place as batches finish:
 * <pre>
 * epoch 3/10 [██████░░░░] 120/313  loss 0.2831  acc 0.9172  2,150/s  ETA 4s
 * </pre>
 * batches done out of the epoch's, the running loss and accuracy, training rows (samples) per
 * second, and the time the epoch has left. The bar takes what room is left of
 * {@value #MAX_WIDTH} columns, so the line never wraps in an 80-column terminal (a wrapped line
 * could not be rewritten).
 */
final class ProgressLine {
    static final int MAX_WIDTH = 79;
    private static final int BAR = 10;

    private ProgressLine() {}

    /**
     * @param seconds     time since the epoch began
     * @param runningAcc  NaN for regression
     */
    static String format(
            int epoch,
            int epochs,
            int batch,
            int batches,
            int rowsDone,
            double runningLoss,
            double runningAcc,
            double seconds,
            Glyphs glyphs) {
        return format(
                epoch, epochs, batch, batches, rowsDone, runningLoss, runningAcc, seconds, glyphs, Messages.english());
    }

    /** As the English form, in the language of {@code messages}. */
    static String format(
            int epoch,
            int epochs,
            int batch,
            int batches,
            int rowsDone,
            double runningLoss,
            double runningAcc,
            double seconds,
            Glyphs glyphs,
            Messages messages) {
        String finished = String.valueOf(batch);
        String all = String.valueOf(batches);
        String loss = String.format(Locale.ROOT, "%.4f", runningLoss);
        String acc = String.format(Locale.ROOT, "%.4f", runningAcc);
        String figures;
        if (seconds > 0) {
            String speed = String.format(Locale.ROOT, "%,d", Math.round(rowsDone / seconds));
            String left = duration(seconds / batch * (batches - batch));
            figures = Double.isNaN(runningAcc)
                    ? messages.text("progress.figures.speed", finished, all, loss, speed, left)
                    : messages.text("progress.figures.acc.speed", finished, all, loss, acc, speed, left);
        } else {
            figures = Double.isNaN(runningAcc)
                    ? messages.text("progress.figures", finished, all, loss)
                    : messages.text("progress.figures.acc", finished, all, loss, acc);
        }
        figures = " " + figures;
        String head = messages.text("progress.head", String.valueOf(epoch), String.valueOf(epochs));
        int room = MAX_WIDTH - head.length() - figures.length() - 3;
        int bar = Math.min(BAR, room);
        if (bar < 3) {
            String line = head + figures;
            return line.length() <= MAX_WIDTH ? line : line.substring(0, MAX_WIDTH);
        }
        int done = (int) ((long) bar * batch / batches);
        return head + " [" + String.valueOf(glyphs.barDone).repeat(done)
                + String.valueOf(glyphs.barToGo).repeat(bar - done) + "]" + figures;
    }

    /** A duration for people: {@code 4s}, {@code 1m05s}, {@code 2h03m}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
}
