package dev.neurona.repl.jupyter;

import dev.neurona.lang.interp.Shown;
import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.eval.ClassificationReport;
import dev.neurona.runtime.eval.RegressionReport;
import dev.neurona.runtime.summary.DatasetSummary;
import dev.neurona.runtime.summary.ModelSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code print}, {@code evaluate} and {@code explain} showed, as HTML tables for a notebook,
 * drawn from the same values as their text and with the same figures.
 */
final class ShownHtml {

    private ShownHtml() {}

    /** The HTML of {@code shown}; empty when its text says it best (a report summarised for many classes). */
    static Optional<String> of(Shown shown) {
        if (shown instanceof Shown.OfModel model) {
            return Optional.of(model(model.summary()));
        }
        if (shown instanceof Shown.OfData data) {
            return Optional.of(data(data.summary(), data.parts()));
        }
        if (shown instanceof Shown.OfEvaluation evaluation) {
            return evaluation(evaluation.header(), evaluation.evaluation());
        }
        if (shown instanceof Shown.OfExplanation explanation) {
            return Optional.of(ExplanationHtml.of(explanation.explanation()));
        }
        return Optional.empty();
    }

    static String model(ModelSummary summary) {
        return new Html()
                .table(
                        "model " + summary.name(),
                        ModelSummary.HEADER,
                        summary.layers().stream().map(ModelSummary.Row::cells).toList())
                .paragraph(String.format(Locale.ROOT, "total parameters: %,d", summary.totalParameters()))
                .paragraph(summary.training())
                .toString();
    }

    static String data(DatasetSummary.Sections summary, String parts) {
        Html html = new Html().heading(summary.headline());
        if (!summary.classes().isEmpty()) {
            table(html, summary.classesTitle(), summary.classes());
        }
        html.paragraph(summary.afterClasses());
        if (!summary.firstRows().isEmpty()) {
            table(html, summary.firstRowsTitle(), summary.firstRows());
        }
        if (!summary.firstImages().isEmpty()) {
            html.preformatted(summary.firstImages());
        }
        if (!parts.isEmpty()) {
            html.paragraph(parts);
        }
        return html.toString();
    }

    static Optional<String> evaluation(String header, Evaluation evaluation) {
        ClassificationReport classes = evaluation.classification();
        if (classes != null && classes.isSummarised()) {
            return Optional.empty();
        }
        Html html = new Html().heading(header);
        if (classes != null) {
            List<List<String>> scores = new ArrayList<>();
            for (int c = 0; c < classes.classNames().size(); c++) {
                scores.add(scores(classes.classNames().get(c), classes.scores(c)));
            }
            scores.add(scores("macro avg", classes.macroAverage()));
            scores.add(scores("weighted avg", classes.weightedAverage()));
            String figures = withLoss(classes.loss(), "accuracy " + decimal(classes.accuracy()));
            html.table(figures, List.of("", "precision", "recall", "f1-score", "support"), scores);
            List<String> columns = new ArrayList<>(List.of("true \\ predicted"));
            columns.addAll(classes.classNames());
            List<List<String>> confusion = new ArrayList<>();
            int[][] counts = classes.confusionMatrix();
            for (int t = 0; t < counts.length; t++) {
                List<String> row = new ArrayList<>(List.of(classes.classNames().get(t)));
                Arrays.stream(counts[t]).mapToObj(Integer::toString).forEach(row::add);
                confusion.add(row);
            }
            html.table("confusion matrix (rows: true class, columns: predicted)", columns, confusion);
            return Optional.of(html.toString());
        }
        RegressionReport figures = evaluation.regression();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                figures.outputs() > 1 ? "mean" : "all",
                decimal(figures.mse()),
                decimal(figures.rmse()),
                decimal(figures.mae()),
                decimal(figures.r2())));
        for (int j = 0; figures.outputs() > 1 && j < figures.outputs(); j++) {
            rows.add(List.of(
                    Integer.toString(j),
                    decimal(figures.mse(j)),
                    decimal(figures.rmse(j)),
                    decimal(figures.mae(j)),
                    decimal(figures.r2(j))));
        }
        html.table(withLoss(figures.loss(), "regression"), List.of("output", "mse", "rmse", "mae", "r2"), rows);
        return Optional.of(html.toString());
    }

    private static String withLoss(OptionalDouble loss, String rest) {
        return loss.isPresent() ? "loss " + decimal(loss.getAsDouble()) + ", " + rest : rest;
    }

    private static List<String> scores(String label, ClassificationReport.Scores s) {
        return List.of(
                label, decimal(s.precision()), decimal(s.recall()), decimal(s.f1()), Integer.toString(s.support()));
    }

    private static void table(Html html, String caption, List<String[]> rows) {
        html.table(
                caption,
                List.of(rows.get(0)),
                rows.subList(1, rows.size()).stream().map(List::of).toList());
    }

    /** A figure as the text reports print it: four decimals. */
    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
