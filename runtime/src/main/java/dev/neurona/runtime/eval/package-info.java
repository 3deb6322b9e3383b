/**
 * Evaluation reports as text: a classification's per-class precision, recall and F1 with its
 * confusion matrix ({@code ClassificationReport}, {@code ConfusionText}), a regression's errors
 * ({@code RegressionReport}), the summary lines that name the best and worst classes and the
 * likeliest confusions ({@code ReportSummary}), laid out by {@code TextTable}.
 */
@NullMarked
package dev.neurona.runtime.eval;

import org.jspecify.annotations.NullMarked;
