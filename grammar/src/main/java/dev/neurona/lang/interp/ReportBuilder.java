package dev.neurona.lang.interp;

import dev.neurona.lang.visual.ConfusionChart;
import dev.neurona.lang.visual.ReportContent;
import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.eval.ClassificationReport;
import dev.neurona.runtime.eval.RegressionReport;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.summary.ModelSummary;
import dev.neurona.runtime.train.Predictions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Gathers what {@code report MODEL on DATA} shows, from the model, the data and its evaluation. */
final class ReportBuilder {
    /** Misclassified images shown at most, the first in row order. */
    static final int EXAMPLES = 32;

    private ReportBuilder() {}

    static ReportContent build(String modelName, Model model, Dataset data, Evaluation evaluation, Messages messages) {
        ModelSummary summary = ModelSummary.of(modelName, model);
        ReportContent.Table layers = new ReportContent.Table(
                ModelSummary.header(messages),
                summary.layers().stream().map(ModelSummary.Row::cells).toList());
        List<String> facts = List.of(
                messages.text("report.total_parameters", String.format(Locale.ROOT, "%,d", summary.totalParameters())),
                messages.text("report.training", capitalised(summary.training(messages))));
        ClassificationReport classes = evaluation.classification();
        boolean images = data.schema().featureShape().size() == 2;
        return new ReportContent(
                modelName,
                data.name(),
                layers,
                facts,
                model.history().isEmpty() ? Optional.empty() : Optional.of(Pictures.curves(model.history())),
                headline(evaluation, messages),
                classes != null
                        ? scores(classes, messages)
                        : figures(Objects.requireNonNull(evaluation.regression()), messages),
                Optional.ofNullable(classes)
                        .filter(c -> c.classNames().size() <= ConfusionChart.MOST_CLASSES)
                        .map(c -> new ReportContent.Confusion(c.confusionMatrix(), c.classNames())),
                classes != null && images ? Optional.of(misclassified(model, data, messages)) : Optional.empty(),
                Pictures.firstLayer(model),
                convolution(model, data, messages));
    }

    /** The first convolution's kernels and the first row's feature maps, for a model with a convolution. */
    private static Optional<ReportContent.Convolution> convolution(Model model, Dataset data, Messages messages) {
        if (data.rows() == 0 || !ConvPictures.hasMaps(model)) return Optional.empty();
        return ConvPictures.filters(model)
                .map(filters -> new ReportContent.Convolution(
                        filters,
                        ConvPictures.maps(model, data, 0, messages),
                        ConvPictures.rowName(0, data.name(), messages)));
    }

    private static List<String> headline(Evaluation evaluation, Messages messages) {
        List<String> figures =
                new ArrayList<>(List.of(messages.text("report.figure.loss", decimal(evaluation.loss()))));
        if (evaluation.classification() != null) {
            figures.add(messages.text("report.figure.accuracy", decimal(evaluation.accuracy())));
        } else {
            RegressionReport r = Objects.requireNonNull(evaluation.regression());
            figures.addAll(List.of(
                    figure("MSE", r.mse()), figure("RMSE", r.rmse()), figure("MAE", r.mae()), figure("R²", r.r2())));
        }
        return figures;
    }

    private static ReportContent.Table scores(ClassificationReport report, Messages messages) {
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < report.classNames().size(); c++)
            rows.add(scoreRow(Printable.value(report.classNames().get(c)), report.scores(c)));
        rows.add(scoreRow(messages.text("eval.macro_avg"), report.macroAverage()));
        rows.add(scoreRow(messages.text("eval.weighted_avg"), report.weightedAverage()));
        return new ReportContent.Table(
                List.of(
                        messages.text("report.column.class"),
                        messages.text("eval.column.precision"),
                        messages.text("eval.column.recall"),
                        messages.text("eval.column.f1"),
                        messages.text("eval.column.support")),
                rows);
    }

    private static List<String> scoreRow(String label, ClassificationReport.Scores s) {
        return List.of(
                label,
                decimal(s.precision()),
                decimal(s.recall()),
                decimal(s.f1()),
                String.format(Locale.ROOT, "%,d", s.support()));
    }

    private static ReportContent.Table figures(RegressionReport report, Messages messages) {
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < report.outputs(); j++) {
            rows.add(List.of(
                    String.valueOf(j + 1),
                    decimal(report.mse(j)),
                    decimal(report.rmse(j)),
                    decimal(report.mae(j)),
                    decimal(report.r2(j))));
        }
        return new ReportContent.Table(List.of(messages.text("eval.column.output"), "MSE", "RMSE", "MAE", "R²"), rows);
    }

    /** The first {@value #EXAMPLES} rows the model gets wrong, with their true and predicted classes. */
    private static ReportContent.Misclassified misclassified(Model model, Dataset data, Messages messages) {
        int[] predicted = Predictions.predictedClasses(
                model.predictPrepared(data), data.rows(), model.network().outputWidth());
        int height = data.schema().featureShape().get(0);
        int width = data.schema().featureShape().get(1);
        List<ReportContent.Example> shown = new ArrayList<>();
        int total = 0;
        int[] labels = Objects.requireNonNull(data.labels()); // classification
        for (int r = 0; r < data.rows(); r++) {
            if (predicted[r] == labels[r]) continue;
            total++;
            if (shown.size() < EXAMPLES) {
                shown.add(new ReportContent.Example(
                        data.row(r),
                        height,
                        width,
                        messages.text(
                                "report.example",
                                Printable.value(data.classNames().get(data.labels()[r])),
                                Printable.value(data.classNames().get(predicted[r])))));
            }
        }
        return new ReportContent.Misclassified(shown, total, data.rows());
    }

    private static String figure(String name, double value) {
        return name + " " + decimal(value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
