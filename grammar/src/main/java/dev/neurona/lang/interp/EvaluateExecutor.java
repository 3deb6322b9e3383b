package dev.neurona.lang.interp;

import dev.neurona.lang.plan.EvaluatePlan;
import dev.neurona.lang.visual.ConfusionChart;
import dev.neurona.lang.visual.AtomicFile;
import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.StreamedDataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs {@code evaluate MODEL on DATA [to "file"]}: a header line, then the classification or
 * regression report; with a file, also the confusion matrix as a PNG, or the report as text.
 */
final class EvaluateExecutor {

    private EvaluateExecutor() {
    }

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
        String header = String.format(Locale.ROOT, "evaluate %s on %s (%,d rows)%n", plan.model(), plan.data(), rows);
        context.out().print(header);
        context.out().print(evaluation.format());
        plan.file().ifPresent(file -> write(file, header, evaluation, plan, context));
    }

    private static void write(Path file, String header, Evaluation evaluation, EvaluatePlan plan, RunContext context) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            AtomicFile.write((header + evaluation.format()).getBytes(StandardCharsets.UTF_8), file);
            context.out().println("wrote the evaluation to " + file);
            return;
        }
        if (evaluation.classification() == null) {
            throw new RunFailure(plan.where(), "a confusion matrix needs classes, but '" + plan.data()
                    + "' is for regression; write the evaluation to a .txt file instead");
        }
        PlotExecutor.write(ConfusionChart.draw(evaluation.classification().confusionMatrix(),
                evaluation.classification().classNames()), file, "the confusion matrix", context);
    }
}
