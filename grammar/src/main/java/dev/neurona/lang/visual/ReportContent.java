package dev.neurona.lang.visual;

import java.util.List;
import java.util.Optional;

/**
 * Everything a report shows, as plain values: the model's summary, its training curves, its
 * evaluation on one data set, and, where they apply, the confusion matrix, misclassified
 * images, the first layer's weights, and a convolution's filters and feature maps.
 *
 * @param modelName     the model's name in the script
 * @param dataName      the data it was evaluated on, such as {@code digits.valid}
 * @param layers        the model summary's table
 * @param modelFacts    lines under the table: the parameter total, the training so far
 * @param curves        figures per epoch; empty before any training
 * @param headline      the evaluation's main figures, such as {@code accuracy 0.9712}
 * @param evaluation    the evaluation's table (per-class scores, or regression figures)
 * @param confusion     classification only
 * @param misclassified classification of images only
 * @param weights       when the input has a 2-D shape and the first layer is dense
 * @param convolution   when the model has a convolution
 */
public record ReportContent(
        String modelName,
        String dataName,
        Table layers,
        List<String> modelFacts,
        Optional<Curves> curves,
        List<String> headline,
        Table evaluation,
        Optional<Confusion> confusion,
        Optional<Misclassified> misclassified,
        Optional<FirstLayer> weights,
        Optional<Convolution> convolution) {

    public ReportContent {
        modelFacts = List.copyOf(modelFacts);
        headline = List.copyOf(headline);
    }

    /** The content of a model without a convolution. */
    public ReportContent(
            String modelName,
            String dataName,
            Table layers,
            List<String> modelFacts,
            Optional<Curves> curves,
            List<String> headline,
            Table evaluation,
            Optional<Confusion> confusion,
            Optional<Misclassified> misclassified,
            Optional<FirstLayer> weights) {
        this(
                modelName,
                dataName,
                layers,
                modelFacts,
                curves,
                headline,
                evaluation,
                confusion,
                misclassified,
                weights,
                Optional.empty());
    }

    /** A table of text: the column titles, then rows of as many cells. */
    public record Table(List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** {@code counts[t][p]}: examples of true class t predicted as class p. */
    public record Confusion(int[][] counts, List<String> classNames) {
        public Confusion {
            classNames = List.copyOf(classNames);
        }
    }

    /**
     * One image with a caption.
     *
     * @param pixels {@code height × width} values, row-major, any range
     */
    public record Example(float[] pixels, int height, int width, String caption) {}

    /**
     * Some misclassified images.
     *
     * @param shown the first of them, in row order
     * @param total how many rows were misclassified
     * @param rows  how many rows were evaluated
     */
    public record Misclassified(List<Example> shown, int total, int rows) {
        public Misclassified {
            shown = List.copyOf(shown);
        }
    }

    /**
     * The first dense layer's weights, {@code inputs × units} row-major, for an input of
     * {@code height × width} pixels.
     */
    public record FirstLayer(float[] weights, int units, int height, int width) {}

    /**
     * A convolutional network's pictures: its first convolution's kernels, and one row of the data
     * (the first) with the feature maps of every convolution and pool for it.
     *
     * @param row the row's name in the text, such as {@code row 0 of digits.valid}
     */
    public record Convolution(Filters filters, FeatureMaps maps, String row) {}
}
