package dev.neurona.lang.interp;

import dev.neurona.lang.plan.SweepAxis;
import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.spec.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a sweep prints at the end: the finished combinations best first, one row each with its
 * values, the figures of the epoch its model keeps (mean ± standard deviation over the runs
 * under {@code repeat}), the epochs run and the time taken; the best marked with {@code *}.
 *
 * <pre>
 * ranked by val_acc, highest first:
 *    hidden     lr    loss     acc  val_loss  val_acc  epochs  time
 * *     128  0.001  0.0410  0.9880    0.1101   0.9678       3  9.4s
 *        32  0.001  0.1190  0.9655    0.1647   0.9511       3  4.2s
 * best: hidden=128 lr=0.001 (val_acc 0.9678); bound to 'best'
 * </pre>
 */
final class SweepTable {

    private SweepTable() {}

    /** The figures shown: accuracies only for classification. */
    static List<Metric> figures(boolean classification) {
        return classification
                ? List.of(Metric.LOSS, Metric.ACCURACY, Metric.VAL_LOSS, Metric.VAL_ACCURACY)
                : List.of(Metric.LOSS, Metric.VAL_LOSS);
    }

    /** A figure's name as epoch lines show it: {@code loss}, {@code acc}, {@code val_loss}, {@code val_acc}. */
    /** The metric's name in {@code messages}' language, as the epoch lines call it. */
    static String name(Metric metric, Messages messages) {
        return messages.text("sweep.metric." + name(metric));
    }

    static String name(Metric metric) {
        return switch (metric) {
            case LOSS -> "loss";
            case ACCURACY -> "acc";
            case VAL_LOSS -> "val_loss";
            case VAL_ACCURACY -> "val_acc";
        };
    }

    /** The title, the table and the line naming the best, each line ending in a newline. */
    static String format(SweepPlan plan, List<SweepRow> ranked, boolean classification, Messages messages) {
        Metric select = plan.select();
        StringBuilder text = new StringBuilder(messages.text(
                        select.higherIsBetter() ? "sweep.ranked.highest" : "sweep.ranked.lowest",
                        name(select, messages)))
                .append('\n');
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        plan.axes().forEach(axis -> header.add(axis.name()));
        figures(classification).forEach(metric -> header.add(name(metric, messages)));
        header.add(messages.text("sweep.column.epochs"));
        header.add(messages.text("sweep.column.time"));
        rows.add(header.toArray(String[]::new));
        for (int i = 0; i < ranked.size(); i++) {
            SweepRow row = ranked.get(i);
            List<String> cells = new ArrayList<>();
            cells.add(i == 0 && !row.isDiverged() ? "*" : "");
            cells.addAll(row.labels());
            cells.addAll(figureCells(row, classification, plan.repeat(), messages));
            cells.add(
                    row.fewestEpochs() == row.mostEpochs()
                            ? Integer.toString(row.mostEpochs())
                            : row.fewestEpochs() + "-" + row.mostEpochs());
            cells.add(String.format(Locale.ROOT, "%.1fs", row.seconds()));
            rows.add(cells.toArray(String[]::new));
        }
        text.append(Columns.format(rows));
        return text.toString();
    }

    /** {@code best: hidden=128 lr=0.001 (val_acc 0.9678); bound to 'best'}, and which run under {@code repeat}. */
    static String bestLine(SweepPlan plan, SweepRow best, Messages messages) {
        Metric select = plan.select();
        String values = plan.axes().isEmpty()
                ? messages.text("sweep.the_one_combination")
                : combination(plan.axes(), best.labels());
        Spread figure = best.figure(select);
        if (plan.repeat() > 1) {
            int run = best.bestRun(select);
            return messages.text(
                            "sweep.best.repeated",
                            values,
                            name(select, messages),
                            cell(figure, plan.repeat()),
                            plan.name(),
                            String.valueOf(run + 1),
                            String.valueOf(plan.repeat()),
                            String.format(
                                    Locale.ROOT, "%.4f", best.runs().get(run).figure(select)))
                    + '\n';
        }
        return messages.text("sweep.best", values, name(select, messages), cell(figure, plan.repeat()), plan.name())
                + '\n';
    }

    /** {@code hidden=128 lr=0.001}. */
    static String combination(List<SweepAxis> axes, List<String> labels) {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            parts.add(axes.get(a).name() + "=" + labels.get(a));
        }
        return String.join(" ", parts);
    }

    private static List<String> figureCells(SweepRow row, boolean classification, int repeat, Messages messages) {
        List<String> cells = new ArrayList<>();
        for (Metric metric : figures(classification)) {
            if (row.isDiverged()) {
                cells.add(cells.isEmpty() ? messages.text("sweep.diverged") : "-");
            } else {
                cells.add(cell(row.figure(metric), repeat));
            }
        }
        return cells;
    }

    private static String cell(Spread spread, int repeat) {
        return repeat > 1
                ? String.format(Locale.ROOT, "%.4f ± %.4f", spread.mean(), spread.sd())
                : String.format(Locale.ROOT, "%.4f", spread.mean());
    }
}
