package dev.neurona.lang.interp;

import dev.neurona.lang.plan.EvaluatePlan;
import dev.neurona.lang.visual.ConfusionChart;
import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.io.SafeWrite;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Runs {@code evaluate MODEL on DATA [to "file"]}: a header line, then the classification or
 * regression report; with a file, also the confusion matrix as a PNG, or the report as text.
 */
final class EvaluateExecutor {

    private EvaluateExecutor() {}

    static void run(EvaluatePlan plan, RunContext context) {
        Model model = context.workspace().model(plan.model());
        Evaluation evaluation;
        int rows;
        if (context.workspace().isStreamed(plan.data())) {
            // Streamed data is read here, batch by batch, whatever the engine.
            StreamedDataset data = context.workspace().stream(plan.data());
            LiveFit.require(plan.model(), model, data, plan.where());
            evaluation = model.evaluate(data);
            rows = data.rows();
        } else {
            Dataset data = context.workspace().dataset(plan.data());
            LiveFit.require(plan.model(), model, data, plan.where());
            evaluation = context.engine().evaluate(model, data);
            rows = data.rows();
        }
        Messages messages = context.messages();
        String header = messages.text("eval.header", plan.model(), plan.data(), String.format(Locale.ROOT, "%,d", rows))
                + System.lineSeparator();
        StringBuilder text = new StringBuilder(header).append(evaluation.format(messages));
        boolean summarised = evaluation.classification() != null
                && evaluation.classification().isSummarised();
        if (summarised && plan.file().isEmpty()) {
            text.append(messages.text(
                            "eval.summarised",
                            String.format(
                                    Locale.ROOT,
                                    "%,d",
                                    Objects.requireNonNull(evaluation.classification())
                                            .classNames()
                                            .size()),
                            plan.model(),
                            plan.data()))
                    .append(System.lineSeparator());
        }
        context.out().print(text);
        context.observer().shown(new Shown.OfEvaluation(header.strip(), evaluation, text.toString()));
        plan.file().ifPresent(file -> write(file, header, evaluation, plan, context));
    }

    /** The header and the whole report, streamed into the file: a large confusion matrix is never one string. */
    private static void writeText(Path file, String header, Evaluation evaluation, Messages messages) {
        try {
            SafeWrite.replace(file, out -> {
                Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                text.write(header);
                evaluation.writeFull(text, messages);
                text.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not write '" + file + "': " + SafeWrite.reason(e), e);
        }
    }

    private static void write(Path file, String header, Evaluation evaluation, EvaluatePlan plan, RunContext context) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            writeText(file, header, evaluation, context.messages());
            boolean full = evaluation.classification() != null
                    && evaluation.classification().isSummarised();
            context.out()
                    .println(context.messages()
                            .text(
                                    full ? "run.evaluation_written.full" : "run.evaluation_written",
                                    Printable.escape(file.toString())));
            return;
        }
        if (evaluation.classification() == null) {
            throw new RunFailure(plan.where(), Text.of("run.confusion.regression", plan.data()));
        }
        int classes = evaluation.classification().classNames().size();
        if (classes > ConfusionChart.MOST_CLASSES) {
            throw new RunFailure(
                    plan.where(),
                    Text.of(
                            "run.confusion.too_many",
                            String.valueOf(ConfusionChart.MOST_CLASSES),
                            plan.data(),
                            String.format(Locale.ROOT, "%,d", classes)));
        }
        PlotExecutor.write(
                ConfusionChart.draw(
                        evaluation.classification().confusionMatrix(),
                        evaluation.classification().classNames(),
                        VisualWords.charts(context.messages())),
                file,
                context.messages().text("plot.what.confusion"),
                context);
    }
}
