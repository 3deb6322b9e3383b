package dev.neurona.spark;

import java.io.Serializable;

/**
 * What every worker needs for one synchronisation round, broadcast once per round: where the
 * model stands (weights, optimizer state and step count after the last averaging) and, per
 * partition, where its dropout noise stream stands and which of its rows it steps through.
 *
 * @param round      counts rounds from 1 across the whole training run
 * @param epoch      1-based
 * @param rows       per partition, its local row indices for this round's batches, in order
 *                   (empty when the partition has no batch left this epoch)
 * @param firstBatch the 1-based number within the epoch of the round's first batch
 */
record RoundPlan(
        int round,
        int epoch,
        double lr,
        float[][] weights,
        float[][] optimizerState,
        long steps,
        long[] noise,
        int[][] rows,
        int firstBatch)
        implements Serializable {}
