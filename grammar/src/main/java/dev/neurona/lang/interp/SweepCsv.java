package dev.neurona.lang.interp;

import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.runtime.io.SafeWrite;
import dev.neurona.runtime.spec.Metric;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sweep's table as CSV, for a spreadsheet or a plot: one record per finished combination, best
 * first, with full-precision figures. Columns: {@code rank}, one per {@code vary} line, then
 * {@code loss}, {@code acc}, {@code val_loss}, {@code val_acc} (the accuracies for classification
 * only; each followed by {@code NAME_sd} under {@code repeat}), {@code epochs} (the mean over
 * the runs), {@code seconds}, {@code best} and {@code diverged}. A diverged combination has empty
 * figures. The file is written whole or not at all.
 */
final class SweepCsv {

    private SweepCsv() {}

    static void write(Path file, SweepPlan plan, List<SweepRow> ranked, boolean classification) {
        try {
            SafeWrite.replace(file, stream -> {
                Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                writeRecord(out, header(plan, classification));
                for (int i = 0; i < ranked.size(); i++) {
                    writeRecord(out, record(i + 1, ranked.get(i), plan, classification));
                }
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not write the sweep's table to '" + file + "': " + SafeWrite.reason(e), e);
        }
    }

    /** One record, RFC 4180: cells joined by commas, a cell quoted when it holds a comma, a quote, a line break or edge blanks. */
    private static void writeRecord(Writer out, List<String> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) out.write(',');
            out.write(quoted(cells.get(c)));
        }
        out.write('\n');
    }

    static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')
                && (cell.isEmpty() || cell.charAt(0) > ' ' && cell.charAt(cell.length() - 1) > ' ');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static List<String> header(SweepPlan plan, boolean classification) {
        List<String> header = new ArrayList<>(List.of("rank"));
        plan.axes().forEach(axis -> header.add(axis.name()));
        for (Metric metric : SweepTable.figures(classification)) {
            header.add(SweepTable.name(metric));
            if (plan.repeat() > 1) {
                header.add(SweepTable.name(metric) + "_sd");
            }
        }
        header.addAll(List.of("epochs", "seconds", "best", "diverged"));
        return header;
    }

    private static List<String> record(int rank, SweepRow row, SweepPlan plan, boolean classification) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(rank)));
        cells.addAll(row.labels());
        for (Metric metric : SweepTable.figures(classification)) {
            Spread spread = row.figure(metric);
            cells.add(number(spread.mean()));
            if (plan.repeat() > 1) {
                cells.add(number(spread.sd()));
            }
        }
        double epochs = row.meanEpochs();
        cells.add(epochs == Math.rint(epochs) ? Long.toString((long) epochs) : Double.toString(epochs));
        cells.add(String.format(Locale.ROOT, "%.3f", row.seconds()));
        cells.add(Boolean.toString(rank == 1 && !row.isDiverged()));
        cells.add(Boolean.toString(row.isDiverged()));
        return cells;
    }

    /** The shortest text that reads back as the same double; empty for NaN. */
    private static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
