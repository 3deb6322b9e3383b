package dev.neurona.runtime.eval;

import dev.neurona.runtime.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How well predicted classes match the true ones: accuracy, the confusion matrix, and per class
 * the precision, recall, F1 and support, with their macro and weighted averages. Immutable.
 *
 * <p>With tp, fp, fn the true positives, false positives and false negatives of a class:
 * <pre>
 *   precision = tp / (tp + fp)      recall = tp / (tp + fn)      F1 = 2·tp / (2·tp + fp + fn)
 *   support   = tp + fn             (the examples truly of the class)
 * </pre>
 * A ratio whose denominator is zero is 0, as scikit-learn's {@code zero_division=0}. The macro
 * average is the plain mean over all classes; the weighted average weights each class by its
 * support. Both report the total number of examples as their support.
 */
public final class ClassificationReport {
    /** The most classes {@link #format()} shows in full: a matrix still as wide as a terminal. */
    public static final int MOST_CLASSES_IN_FULL = 30;
    /** Classes, and confusions, a summary shows. */
    static final int SHOWN_IN_SUMMARY = 10;

    /** The scores of one class, or an average of them. */
    public record Scores(double precision, double recall, double f1, int support) {}

    private final List<String> classNames;
    private final int[][] confusion;
    private final int total;
    private final double accuracy;
    private final List<Scores> perClass;
    private final Scores macroAverage;
    private final Scores weightedAverage;
    private final OptionalDouble loss;

    private ClassificationReport(List<String> classNames, int[][] confusion, OptionalDouble loss) {
        this.classNames = classNames;
        this.confusion = confusion;
        this.loss = loss;
        int k = classNames.size();
        int[] predictedCounts = new int[k];
        int sum = 0;
        int correct = 0;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                predictedCounts[p] += confusion[t][p];
                sum += confusion[t][p];
            }
            correct += confusion[t][t];
        }
        this.total = sum;
        this.accuracy = ratio(correct, total);
        List<Scores> scores = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int support = rowSum(confusion[c]);
            int fn = support - tp;
            int fp = predictedCounts[c] - tp;
            scores.add(
                    new Scores(ratio(tp, tp + fp), ratio(tp, support), ratio(2.0 * tp, 2.0 * tp + fp + fn), support));
        }
        this.perClass = List.copyOf(scores);
        this.macroAverage = average(perClass, false, total);
        this.weightedAverage = average(perClass, true, total);
    }

    /**
     * The report for {@code predicted} against {@code truth}, both class indices into
     * {@code classNames}, one per example. Reads the arrays, keeps no reference to them.
     *
     * @throws IllegalArgumentException if the arrays differ in length or are empty, or a label is
     *                                  not the index of a class
     */
    public static ClassificationReport of(int[] truth, int[] predicted, List<String> classNames) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(
                    "there are " + truth.length + " true labels but " + predicted.length + " predictions");
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException("there are no examples to evaluate");
        }
        int k = requireClasses(classNames);
        int[][] confusion = new int[k][k];
        for (int i = 0; i < truth.length; i++) {
            confusion[requireLabel("true label", truth[i], i, k)][
                    requireLabel("predicted label", predicted[i], i, k)]++;
        }
        return new ClassificationReport(List.copyOf(classNames), confusion, OptionalDouble.empty());
    }

    /**
     * The report for a confusion matrix counted elsewhere (e.g. summed over workers):
     * {@code confusion[t][p]} examples of class t were predicted as class p. Copies the matrix.
     *
     * @throws IllegalArgumentException if the matrix is not square over the classes, has a negative
     *                                  count, or counts nothing
     */
    public static ClassificationReport ofConfusion(int[][] confusion, List<String> classNames) {
        int k = requireClasses(classNames);
        if (confusion.length != k) {
            throw new IllegalArgumentException(
                    "the confusion matrix has " + confusion.length + " rows for " + k + " classes");
        }
        int[][] copy = new int[k][];
        long sum = 0;
        for (int t = 0; t < k; t++) {
            if (confusion[t].length != k) {
                throw new IllegalArgumentException("row " + t + " of the confusion matrix has " + confusion[t].length
                        + " columns for " + k + " classes");
            }
            copy[t] = confusion[t].clone();
            for (int count : copy[t]) {
                if (count < 0) {
                    throw new IllegalArgumentException("the confusion matrix has a negative count: " + count);
                }
                sum += count;
            }
        }
        if (sum == 0) {
            throw new IllegalArgumentException("there are no examples to evaluate");
        }
        if (sum > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "the confusion matrix counts more than " + Integer.MAX_VALUE + " examples");
        }
        return new ClassificationReport(List.copyOf(classNames), copy, OptionalDouble.empty());
    }

    /** The same report, also stating the mean loss over the examples. */
    public ClassificationReport withLoss(double meanLoss) {
        return new ClassificationReport(classNames, confusion, OptionalDouble.of(meanLoss));
    }

    public OptionalDouble loss() {
        return loss;
    }

    /** The share of examples predicted as their true class. */
    public double accuracy() {
        return accuracy;
    }

    /** The number of examples. */
    public int total() {
        return total;
    }

    public List<String> classNames() {
        return classNames;
    }

    /** How many examples of class {@code trueClass} were predicted as {@code predictedClass}. */
    public int count(int trueClass, int predictedClass) {
        return confusion[trueClass][predictedClass];
    }

    /** A copy of the confusion matrix: rows are true classes, columns predicted ones. */
    public int[][] confusionMatrix() {
        int[][] copy = new int[confusion.length][];
        for (int t = 0; t < confusion.length; t++) copy[t] = confusion[t].clone();
        return copy;
    }

    public Scores scores(int classIndex) {
        return perClass.get(classIndex);
    }

    public Scores macroAverage() {
        return macroAverage;
    }

    public Scores weightedAverage() {
        return weightedAverage;
    }

    /**
     * Whether {@link #format()} summarises: past {@link #MOST_CLASSES_IN_FULL} classes a table
     * with a row and a column per class is too large to read (5,000 classes are 25 million cells),
     * so it shows the classes with the lowest F1 and the most frequent confusions instead.
     */
    public boolean isSummarised() {
        return classNames.size() > MOST_CLASSES_IN_FULL;
    }

    /**
     * The report as text, for a terminal: a line with the loss (when known) and accuracy, a table
     * of per-class and average scores, and the confusion matrix with class names on both axes;
     * past {@link #MOST_CLASSES_IN_FULL} classes, a summary (see {@link #isSummarised()}) that
     * {@link #writeFull} completes.
     */
    public String format() {
        return format(Messages.english());
    }

    /** As {@link #format()}, in {@code messages}' language. */
    public String format(Messages messages) {
        if (!isSummarised()) {
            StringBuilder text = new StringBuilder();
            try {
                writeFull(text, messages);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringBuilder does not fail
            }
            return text.toString();
        }
        StringBuilder text = new StringBuilder(headline(messages));
        int[] worst = ReportSummary.lowestF1(perClass, SHOWN_IN_SUMMARY);
        TextTable scoresTable = scoresHeader(messages);
        for (int c : worst) scoresRow(scoresTable, classNames.get(c), perClass.get(c));
        scoresRow(scoresTable, messages.text("eval.macro_avg"), macroAverage);
        scoresRow(scoresTable, messages.text("eval.weighted_avg"), weightedAverage);
        text.append(messages.text(
                        "eval.lowest_f1",
                        String.valueOf(worst.length),
                        String.format(Locale.ROOT, "%,d", classNames.size())))
                .append('\n');
        text.append(scoresTable.format());
        List<int[]> confusions = ReportSummary.mostFrequentConfusions(confusion, SHOWN_IN_SUMMARY);
        if (confusions.isEmpty()) {
            text.append(messages.text("eval.no_confusions")).append('\n');
        } else {
            text.append(messages.text(
                            "eval.top_confusions",
                            String.valueOf(confusions.size()),
                            String.format(Locale.ROOT, "%,d", classNames.size())))
                    .append('\n');
            TextTable top = new TextTable()
                    .row(
                            messages.text("eval.column.true_class"),
                            messages.text("eval.column.predicted"),
                            messages.text("eval.column.count"));
            for (int[] cell : confusions)
                top.row(classNames.get(cell[0]), classNames.get(cell[1]), Integer.toString(cell[2]));
            text.append(top.format());
        }
        return text.toString();
    }

    /**
     * The whole report, however many classes: as {@link #format()} shows it up to
     * {@link #MOST_CLASSES_IN_FULL} classes, written row by row so that a large one is never held
     * as one string.
     */
    public void writeFull(Appendable out) throws IOException {
        writeFull(out, Messages.english());
    }

    /** As {@link #writeFull(Appendable)}, in {@code messages}' language. */
    public void writeFull(Appendable out, Messages messages) throws IOException {
        out.append(headline(messages));
        TextTable scoresTable = scoresHeader(messages);
        for (int c = 0; c < perClass.size(); c++) scoresRow(scoresTable, classNames.get(c), perClass.get(c));
        scoresRow(scoresTable, messages.text("eval.macro_avg"), macroAverage);
        scoresRow(scoresTable, messages.text("eval.weighted_avg"), weightedAverage);
        out.append(scoresTable.format());
        out.append(messages.text("eval.confusion")).append('\n');
        ConfusionText.write(confusion, classNames, out);
    }

    private static TextTable scoresHeader(Messages messages) {
        return new TextTable()
                .row(
                        "",
                        messages.text("eval.column.precision"),
                        messages.text("eval.column.recall"),
                        messages.text("eval.column.f1"),
                        messages.text("eval.column.support"));
    }

    private String headline(Messages messages) {
        String line = loss.isPresent()
                ? messages.text(
                        "eval.loss_accuracy", TextTable.decimal(loss.getAsDouble()), TextTable.decimal(accuracy))
                : messages.text("eval.accuracy", TextTable.decimal(accuracy));
        return line + '\n';
    }

    @Override
    public String toString() {
        return format();
    }

    private static void scoresRow(TextTable table, String label, Scores s) {
        table.row(
                label,
                TextTable.decimal(s.precision()),
                TextTable.decimal(s.recall()),
                TextTable.decimal(s.f1()),
                Integer.toString(s.support()));
    }

    private static Scores average(List<Scores> scores, boolean bySupport, int total) {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        double weightSum = 0;
        for (Scores s : scores) {
            double weight = bySupport ? s.support() : 1;
            precision += weight * s.precision();
            recall += weight * s.recall();
            f1 += weight * s.f1();
            weightSum += weight;
        }
        return new Scores(ratio(precision, weightSum), ratio(recall, weightSum), ratio(f1, weightSum), total);
    }

    /** a / b, or 0 when b is 0 (scikit-learn's zero_division=0). */
    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    private static int rowSum(int[] row) {
        int sum = 0;
        for (int count : row) sum += count;
        return sum;
    }

    private static int requireClasses(List<String> classNames) {
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException("a classification report needs at least one class");
        }
        return classNames.size();
    }

    private static int requireLabel(String what, int label, int row, int classCount) {
        if (label < 0 || label >= classCount) {
            throw new IllegalArgumentException(what + " " + label + " of example " + row + " is not one of the "
                    + classCount + " classes (0 to " + (classCount - 1) + ")");
        }
        return label;
    }
}
