/**
 * Summaries printed for people: a model's layers with their shapes and parameter counts ({@code
 * ModelSummary}), a data set's columns and classes ({@code DatasetSummary}), and small images
 * drawn in text ({@code TextImage}).
 */
package dev.neurona.runtime.summary;
