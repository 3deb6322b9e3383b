/**
 * Summaries printed for people: a model's layers with their shapes and parameter counts ({@code
 * ModelSummary}), a data set's columns and classes ({@code DatasetSummary}), and small images
 * drawn in text ({@code TextImage}).
 */
@NullMarked
package dev.neurona.runtime.summary;

import org.jspecify.annotations.NullMarked;
