package dev.neurona.lang.interp;

import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.runtime.spec.Metric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A sweep's table as CSV, for a spreadsheet or a plot: one record per finished combination, best
 * first, with full-precision figures. Columns: {@code rank}, one per {@code vary} line, then
 * {@code loss}, {@code acc}, {@code val_loss}, {@code val_acc} (the accuracies for classification
 * only; each followed by {@code NAME_sd} under {@code repeat}), {@code epochs} (the mean over
 * the runs), {@code seconds}, {@code best} and {@code diverged}. A diverged combination has empty
 * figures. The file is written whole or not at all.
 */
final class SweepCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private SweepCsv() {
    }

    static void write(Path file, SweepPlan plan, List<SweepRow> ranked, boolean classification) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
                printer.printRecord(header(plan, classification));
                for (int i = 0; i < ranked.size(); i++) {
                    printer.printRecord(record(i + 1, ranked.get(i), plan, classification));
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("could not write the sweep's table to '" + file + "': " + e.getMessage(), e);
        }
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

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the write failed already; that is the error worth reporting
        }
    }
}
