package dev.neurona.lang.interp;

import dev.neurona.lang.visual.Glyphs;
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

    private ProgressLine() {
    }

    /**
     * @param seconds     time since the epoch began
     * @param runningAcc  NaN for regression
     */
    static String format(int epoch, int epochs, int batch, int batches, int rowsDone, double runningLoss,
                         double runningAcc, double seconds, Glyphs glyphs) {
        StringBuilder figures = new StringBuilder(String.format(Locale.ROOT, " %d/%d  loss %.4f", batch, batches, runningLoss));
        if (!Double.isNaN(runningAcc)) figures.append(String.format(Locale.ROOT, "  acc %.4f", runningAcc));
        if (seconds > 0) {
            figures.append(String.format(Locale.ROOT, "  %,d/s", Math.round(rowsDone / seconds)));
            figures.append("  ETA ").append(duration(seconds / batch * (batches - batch)));
        }
        String head = String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs);
        int room = MAX_WIDTH - head.length() - figures.length() - 3;
        int bar = Math.min(BAR, room);
        if (bar < 3) {
            String line = head + figures;
            return line.length() <= MAX_WIDTH ? line : line.substring(0, MAX_WIDTH);
        }
        int done = (int) ((long) bar * batch / batches);
        return head + " [" + String.valueOf(glyphs.barDone).repeat(done) + String.valueOf(glyphs.barToGo).repeat(bar - done)
                + "]" + figures;
    }

    /** A duration for people: {@code 4s}, {@code 1m05s}, {@code 2h03m}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
}
