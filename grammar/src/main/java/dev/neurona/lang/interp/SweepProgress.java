package dev.neurona.lang.interp;

import dev.neurona.lang.plan.SweepAxis;
import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.spec.Metric;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * One line per finished run of a sweep, printed in the order of the runs even when they finish
 * out of order side by side, so that the output does not depend on the scheduling:
 * <pre>
 *   2/4  hidden=32  lr=0.001  loss 0.1190  acc 0.9655  val_loss 0.1647  val_acc 0.9511  3 epochs  4.2s
 * </pre>
 * Quiet runs print none.
 */
final class SweepProgress {

    private final PrintStream out;
    private final boolean quiet;
    private final SweepPlan plan;
    private final boolean classification;
    private final Messages messages;
    private final int[] widths;
    private final String[] lines;
    private int next;

    SweepProgress(PrintStream out, boolean quiet, SweepPlan plan, boolean classification, Messages messages) {
        this.messages = messages;
        this.out = out;
        this.quiet = quiet;
        this.plan = plan;
        this.classification = classification;
        this.lines = new String[plan.combinations().size() * plan.repeat()];
        List<SweepAxis> axes = plan.axes();
        this.widths = new int[axes.size()];
        for (int a = 0; a < axes.size(); a++) {
            for (String label : axes.get(a).labels()) {
                widths[a] = Math.max(widths[a], axes.get(a).name().length() + 1 + label.length());
            }
        }
    }

    /** Notes that run {@code run} of {@code combination} finished; prints every line now due. */
    synchronized void finished(int combination, int run, SweepRun result) {
        if (quiet) {
            return;
        }
        lines[combination * plan.repeat() + run] = line(combination, run, result);
        while (next < lines.length && lines[next] != null) {
            out.println(lines[next++]);
        }
        out.flush();
    }

    /** Prints the lines of finished runs still held back by one that never ran (after a cancel). */
    synchronized void flush() {
        for (; next < lines.length; next++) {
            if (lines[next] != null) {
                out.println(lines[next]);
            }
        }
        out.flush();
    }

    private String line(int combination, int run, SweepRun result) {
        String total = Integer.toString(lines.length);
        int number = combination * plan.repeat() + run + 1;
        StringBuilder line = new StringBuilder(
                        " ".repeat(2 + total.length() - Integer.toString(number).length()))
                .append(number)
                .append('/')
                .append(total);
        List<String> labels = plan.labels(combination);
        for (int a = 0; a < labels.size(); a++) {
            String part = plan.axes().get(a).name() + "=" + labels.get(a);
            line.append("  ").append(part).append(" ".repeat(widths[a] - part.length()));
        }
        if (plan.repeat() > 1) {
            line.append("  ")
                    .append(messages.text("sweep.run", String.valueOf(run + 1), String.valueOf(plan.repeat())));
        }
        if (result.isDiverged()) {
            line.append("  ").append(result.divergence());
        } else {
            for (Metric metric : SweepTable.figures(classification)) {
                line.append(String.format(
                        Locale.ROOT, "  %s %.4f", SweepTable.name(metric, messages), result.figure(metric)));
            }
        }
        line.append("  ")
                .append(messages.text("sweep.epochs", String.valueOf(result.epochs()), result.epochs()))
                .append(String.format(Locale.ROOT, "  %.1fs", result.seconds()));
        return line.toString();
    }
}
