package dev.neurona.lang.visual;

import java.util.Map;

/**
 * The words of the HTML report in the reader's language, translated by the caller: the page's
 * title, each section's heading by its id ({@code model}, {@code curves}, ...), the language's
 * code for the page's {@code lang}, the words of its charts, and its sentences and images'
 * alternative texts by message key.
 */
public record ReportWords(
        String title, Map<String, String> headings, String language, ChartWords charts, Sentences sentences) {

    public ReportWords {
        headings = Map.copyOf(headings);
    }

    /** The English words for a report on {@code model} and {@code data}. */
    public static ReportWords english(String model, String data) {
        return new ReportWords(
                "Model " + model + " on " + data,
                Map.of(
                        "model", "Model",
                        "curves", "Training curves",
                        "evaluation", "Evaluation",
                        "confusion", "Confusion matrix",
                        "misclassified", "Misclassified examples",
                        "convolution", "Filters and feature maps",
                        "weights", "First-layer weights"),
                "en",
                ChartWords.ENGLISH,
                Sentences.ENGLISH);
    }
}
