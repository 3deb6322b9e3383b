package dev.neurona.runtime.train;

/**
 * What one epoch's batches add up to.
 *
 * @param lossSum     Σ over batches of (batch loss × batch rows)
 * @param correct     training rows classified correctly by the outputs of their batch (0 for regression)
 * @param seen        training rows stepped on
 * @param interrupted the epoch was stopped before its last batch
 */
public record EpochTotals(double lossSum, long correct, int seen, boolean interrupted) {}
