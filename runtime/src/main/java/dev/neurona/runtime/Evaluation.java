package dev.neurona.runtime;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.eval.ClassificationReport;
import dev.neurona.runtime.eval.RegressionReport;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.loss.Loss;
import dev.neurona.runtime.train.DatasetScorer;
import dev.neurona.runtime.train.Predictions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How well a model does on one data set: the loss, and either the classification report
 * (accuracy, per-class precision, recall, F1, confusion matrix) or the regression figures.
 * Exactly one of {@code classification} and {@code regression} is non-null.
 */
public record Evaluation(
        String dataName,
        double loss,
        @Nullable ClassificationReport classification,
        @Nullable RegressionReport regression) {

    static Evaluation of(Model model, Dataset data) {
        Loss loss =
                Loss.create(model.lossSpec(), model.network().outputActivation().kind());
        DatasetScorer.Score score = new DatasetScorer(model.network(), loss).score(data);
        float[] outputs = model.predictPrepared(data);
        if (data.task() == Task.CLASSIFICATION) {
            int[] predicted = Predictions.predictedClasses(
                    outputs, data.rows(), model.network().outputWidth());
            ClassificationReport report = ClassificationReport.of(
                            Objects.requireNonNull(data.labels()), predicted, data.classNames())
                    .withLoss(score.loss());
            return new Evaluation(data.name(), score.loss(), report, null);
        }
        RegressionReport report = RegressionReport.of(
                        Objects.requireNonNull(data.targets()), outputs, data.targetWidth())
                .withLoss(score.loss());
        return new Evaluation(data.name(), score.loss(), null, report);
    }

    /** As {@link #of(Model, Dataset)}, reading a streamed data set once in file order. */
    static Evaluation of(Model model, StreamedDataset data) {
        Loss loss =
                Loss.create(model.lossSpec(), model.network().outputActivation().kind());
        DatasetScorer.Score score = new DatasetScorer(model.network(), loss).score(data);
        int width = model.network().outputWidth();
        if (data.task() == Task.CLASSIFICATION) {
            int classes = data.schema().classCount();
            int[][] confusion = new int[classes][classes];
            model.predictPrepared(data, (batch, outputs) -> {
                for (int r = 0; r < batch.rows(); r++) {
                    confusion[Objects.requireNonNull(batch.labels())[r]][
                            Predictions.predictedClass(outputs, r * width, width)]++;
                }
            });
            ClassificationReport report = ClassificationReport.ofConfusion(confusion, data.classNames())
                    .withLoss(score.loss());
            return new Evaluation(data.name(), score.loss(), report, null);
        }
        RegressionReport.Accumulator sums = new RegressionReport.Accumulator(width);
        model.predictPrepared(
                data, (batch, outputs) -> sums.add(Objects.requireNonNull(batch.targets()), outputs, batch.rows()));
        return new Evaluation(data.name(), score.loss(), null, sums.report().withLoss(score.loss()));
    }

    public Task task() {
        return classification != null ? Task.CLASSIFICATION : Task.REGRESSION;
    }

    /** The share of rows classified correctly; NaN for regression. */
    public double accuracy() {
        return classification != null ? classification.accuracy() : Double.NaN;
    }

    /** The report as text, for the terminal: with many classes a summary ({@link ClassificationReport#isSummarised()}). */
    public String format() {
        return format(Messages.english());
    }

    /** As {@link #format()}, in {@code messages}' language. */
    public String format(Messages messages) {
        return classification != null
                ? classification.format(messages)
                : Objects.requireNonNull(regression).format(messages);
    }

    /** The whole report, however many classes, written a row at a time (for a file). */
    public void writeFull(Appendable out) throws java.io.IOException {
        writeFull(out, Messages.english());
    }

    /** As {@link #writeFull(Appendable)}, in {@code messages}' language. */
    public void writeFull(Appendable out, Messages messages) throws java.io.IOException {
        if (classification != null) {
            classification.writeFull(out, messages);
        } else {
            out.append(Objects.requireNonNull(regression).format(messages));
        }
    }
}
