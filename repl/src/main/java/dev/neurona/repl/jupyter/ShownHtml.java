package dev.neurona.repl.jupyter;

import dev.neurona.lang.interp.Shown;
import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.eval.ClassificationReport;
import dev.neurona.runtime.eval.RegressionReport;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.summary.DatasetSummary;
import dev.neurona.runtime.summary.ModelSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code print}, {@code evaluate} and {@code explain} showed, as HTML tables for a notebook,
 * drawn from the same values as their text and with the same figures.
 */
final class ShownHtml {

    private ShownHtml() {}

    /** {@link #of(Shown, Messages)} in English. */
    static Optional<String> of(Shown shown) {
        return of(shown, Messages.english());
    }

    /**
     * The HTML of {@code shown}, its captions and headers in {@code messages}' language; empty when its
     * text says it best (a report summarised for many classes).
     */
    static Optional<String> of(Shown shown, Messages messages) {
        if (shown instanceof Shown.OfModel model) {
            return Optional.of(model(model.summary(), messages));
        }
        if (shown instanceof Shown.OfData data) {
            return Optional.of(data(data.summary(), data.parts()));
        }
        if (shown instanceof Shown.OfEvaluation evaluation) {
            return evaluation(evaluation.header(), evaluation.evaluation(), messages);
        }
        if (shown instanceof Shown.OfExplanation explanation) {
            return Optional.of(ExplanationHtml.of(explanation.explanation()));
        }
        return Optional.empty();
    }

    static String model(ModelSummary summary) {
        return model(summary, Messages.english());
    }

    static String model(ModelSummary summary, Messages messages) {
        return new Html()
                .table(
                        messages.text("summary.title", summary.name()),
                        ModelSummary.header(messages),
                        summary.layers().stream().map(ModelSummary.Row::cells).toList())
                .paragraph(messages.text("summary.total", String.format(Locale.ROOT, "%,d", summary.totalParameters())))
                .paragraph(summary.training(messages))
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
        return evaluation(header, evaluation, Messages.english());
    }

    static Optional<String> evaluation(String header, Evaluation evaluation, Messages messages) {
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
            scores.add(scores(messages.text("eval.macro_avg"), classes.macroAverage()));
            scores.add(scores(messages.text("eval.weighted_avg"), classes.weightedAverage()));
            String figures = classes.loss().isPresent()
                    ? messages.text(
                            "notebook.loss_accuracy",
                            decimal(classes.loss().getAsDouble()),
                            decimal(classes.accuracy()))
                    : messages.text("notebook.accuracy", decimal(classes.accuracy()));
            html.table(
                    figures,
                    List.of(
                            "",
                            messages.text("eval.column.precision"),
                            messages.text("eval.column.recall"),
                            messages.text("eval.column.f1"),
                            messages.text("eval.column.support")),
                    scores);
            List<String> columns = new ArrayList<>(List.of(messages.text("notebook.true_predicted")));
            columns.addAll(classes.classNames());
            List<List<String>> confusion = new ArrayList<>();
            int[][] counts = classes.confusionMatrix();
            for (int t = 0; t < counts.length; t++) {
                List<String> row = new ArrayList<>(List.of(classes.classNames().get(t)));
                Arrays.stream(counts[t]).mapToObj(Integer::toString).forEach(row::add);
                confusion.add(row);
            }
            html.table(messages.text("eval.confusion"), columns, confusion);
            return Optional.of(html.toString());
        }
        RegressionReport figures =
                Objects.requireNonNull(evaluation.regression(), "an evaluation without classes has regression figures");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                messages.text(figures.outputs() > 1 ? "notebook.mean" : "notebook.all"),
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
        html.table(
                figures.loss().isPresent()
                        ? messages.text(
                                "notebook.regression.loss",
                                decimal(figures.loss().getAsDouble()))
                        : messages.text("notebook.regression"),
                List.of(messages.text("eval.column.output"), "mse", "rmse", "mae", "r2"),
                rows);
        return Optional.of(html.toString());
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
