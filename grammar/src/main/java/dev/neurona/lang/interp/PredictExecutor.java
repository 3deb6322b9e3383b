package dev.neurona.lang.interp;

import dev.neurona.lang.plan.PredictPlan;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.io.SafeWrite;
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
import java.util.Objects;

/**
 * Runs {@code predict MODEL on DATA}: prints the first rows' predictions beside the true values,
 * or with {@code to "file.csv"} writes every row's (written whole or not at all).
 */
final class PredictExecutor {

    static final int SHOWN_ROWS = 10;

    private PredictExecutor() {}

    static void run(PredictPlan plan, RunContext context) {
        Model model = context.workspace().model(plan.model());
        if (context.workspace().isStreamed(plan.data())) {
            streamed(plan, context, model, context.workspace().stream(plan.data()));
            return;
        }
        Dataset data = context.workspace().dataset(plan.data());
        LiveFit.require(plan.model(), model, data, plan.where());
        float[] outputs = context.engine().predict(model, data);
        int width = model.spec().outputWidth();
        PredictionColumns columns = PredictionColumns.of(model, data);
        if (plan.output().isPresent()) {
            write(plan.output().get(), columns, outputs, data.rows(), width);
            if (!context.quiet()) {
                context.out()
                        .println(written(
                                context, plan, data.rows(), plan.output().get()));
            }
            return;
        }
        show(plan, context, columns, data, outputs, width, data.rows());
    }

    /**
     * On streamed data: the file is read here, batch by batch, whatever the engine; with a file,
     * each batch's predictions are written as they come (the file still appears whole or not at all).
     */
    private static void streamed(PredictPlan plan, RunContext context, Model model, StreamedDataset data) {
        LiveFit.require(plan.model(), model, data, plan.where());
        int width = model.spec().outputWidth();
        PredictionColumns columns = PredictionColumns.of(model, data.schema());
        if (plan.output().isEmpty()) {
            Dataset first = data.head(SHOWN_ROWS);
            show(plan, context, columns, first, model.predictPrepared(first), width, data.rows());
            return;
        }
        Path file = plan.output().get();
        try {
            SafeWrite.replace(file, stream -> {
                Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                out.write(csvLine(columns.header()));
                model.predictPrepared(data, (batch, outputs) -> {
                    try {
                        for (int r = 0; r < batch.rows(); r++) {
                            out.write(csvLine(
                                    columns.cells(outputs, r * width, width, PredictionColumns.NumberFormat.FILE)));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                out.flush();
            });
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked
                    ? Objects.requireNonNull(unchecked.getCause()) // it always has one
                    : (IOException) e;
            throw new UncheckedIOException(
                    "could not write the predictions to '" + file + "': " + SafeWrite.reason(cause), cause);
        }
        if (!context.quiet()) {
            context.out().println(written(context, plan, data.rows(), file));
        }
    }

    /** The first rows' predictions beside their true values. */
    private static void show(
            PredictPlan plan,
            RunContext context,
            PredictionColumns columns,
            Dataset data,
            float[] outputs,
            int width,
            int totalRows) {
        int shown = Math.min(SHOWN_ROWS, data.rows());
        context.out()
                .println(context.messages()
                        .text(
                                "predict.header",
                                plan.model(),
                                plan.data(),
                                String.valueOf(shown),
                                String.format(Locale.ROOT, "%,d", totalRows)));
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(context.messages().text("predict.column.row")));
        header.addAll(columns.header(context.messages()));
        header.add(context.messages().text("predict.column.true"));
        rows.add(shown(header));
        for (int r = 0; r < shown; r++) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(r + 1)));
            cells.addAll(columns.cells(outputs, r * width, width, PredictionColumns.NumberFormat.SCREEN));
            cells.add(truth(data, r));
            rows.add(shown(cells));
        }
        context.out().print(Columns.format(rows));
    }

    /** Cells as the terminal shows them: class names from data escaped and cut ({@link Printable#value}). */
    private static String[] shown(List<String> cells) {
        return cells.stream().map(Printable::value).toArray(String[]::new);
    }

    /** {@code wrote the predictions of m for 1,000 rows of d to p.csv}. */
    private static String written(RunContext context, PredictPlan plan, int rows, Path file) {
        return context.messages()
                .text(
                        "run.predictions_written",
                        plan.model(),
                        String.format(Locale.ROOT, "%,d", rows),
                        plan.data(),
                        Printable.escape(file.toString()));
    }

    private static String truth(Dataset data, int row) {
        int[] labels = data.labels();
        if (labels != null) {
            return data.classNames().get(labels[row]);
        }
        float[] truths = Objects.requireNonNull(data.targets()); // regression
        int targets = data.targetWidth();
        List<String> values = new ArrayList<>();
        for (int j = 0; j < targets; j++) {
            values.add(PredictionColumns.NumberFormat.SCREEN.format(truths[row * targets + j]));
        }
        return String.join(" ", values);
    }

    /** Writes every row's prediction to {@code file}, whole or not at all ({@link SafeWrite}). */
    private static void write(Path file, PredictionColumns columns, float[] outputs, int rows, int width) {
        try {
            SafeWrite.replace(file, stream -> {
                Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                out.write(csvLine(columns.header()));
                for (int r = 0; r < rows; r++) {
                    out.write(csvLine(columns.cells(outputs, r * width, width, PredictionColumns.NumberFormat.FILE)));
                }
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not write the predictions to '" + file + "': " + SafeWrite.reason(e), e);
        }
    }

    private static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean needsQuotes =
                    cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            quoted.add(needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", quoted) + "\n";
    }
}
