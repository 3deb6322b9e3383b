/**
 * Training: {@link dev.neurona.runtime.train.Trainer} runs epochs of batches (shuffled from a
 * seed, gathered by {@code BatchGather}, stepped by {@code BatchStepper}) on loaded or streamed
 * data, scores validation data, tracks the best epoch for early stopping, stops on divergence
 * ({@link dev.neurona.runtime.train.DivergenceException}) or cancellation, and tells {@link
 * dev.neurona.runtime.train.TrainingListener}s what happens; an {@link
 * dev.neurona.runtime.train.EpochRunner} lets another engine (Spark) run the batches.
 */
@NullMarked
package dev.neurona.runtime.train;

import org.jspecify.annotations.NullMarked;
