package dev.neurona.lang.visual;

/**
 * The words a chart shows, in the reader's language: the caller translates them, since pictures
 * know nothing of the runtime's messages. {@link #ENGLISH} when nobody chose.
 *
 * @param nothingYet the line of a text chart with nothing to draw yet, {@code {0}} standing for its title
 */
public record ChartWords(
        String epoch,
        String both,
        String nothingYet,
        String loss,
        String accuracy,
        String training,
        String validation,
        String lossTitle,
        String accuracyTitle,
        String confusionTitle,
        String predicted,
        String trueClass) {

    public static final ChartWords ENGLISH = new ChartWords(
            "epoch",
            "both",
            "{0}: nothing to draw yet",
            "loss",
            "accuracy",
            "training",
            "validation",
            "Loss",
            "Accuracy",
            "Confusion matrix (rows: true class, columns: predicted)",
            "predicted",
            "true class");
}
