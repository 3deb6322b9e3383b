package dev.neurona.lang.interp;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.explain.Explanation;
import dev.neurona.runtime.summary.DatasetSummary;
import dev.neurona.runtime.summary.ModelSummary;

/**
 * What a {@code print}, {@code evaluate} or {@code explain} statement showed, as values, beside
 * exactly the text it printed: a notebook draws its tables from the values and keeps the text
 * as their plain twin.
 */
public sealed interface Shown {

    /** The text the statement printed, as it printed it. */
    String text();

    /** {@code print MODEL}. */
    record OfModel(ModelSummary summary, String text) implements Shown {}

    /** {@code print DATA}; {@code parts} is its {@code parts: ...} line, or empty. */
    record OfData(DatasetSummary.Sections summary, String parts, String text) implements Shown {}

    /** {@code evaluate MODEL on DATA}; {@code header} is its first line without its line end. */
    record OfEvaluation(String header, Evaluation evaluation, String text) implements Shown {}

    /** {@code explain MODEL}. */
    record OfExplanation(Explanation explanation, String text) implements Shown {}
}
