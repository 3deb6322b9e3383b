package dev.neurona.spark;

import java.io.Serializable;

/**
 * What one partition's task needs for one synchronisation round, shipped inside the task itself
 * (one RDD element per partition) rather than as a broadcast: a broadcast costs every executor a
 * block lookup, a fetch from the driver and a registration per round, and its clean-up another
 * message, while a task's own bytes travel with its launch. Where the model stands (weights,
 * optimizer state and step count after the last averaging), where the partition's dropout noise
 * stream stands, and which of its rows it steps through.
 *
 * @param partition  0-based
 * @param round      counts rounds from 1 across the whole training run
 * @param epoch      1-based
 * @param weights    the model's, as {@code Network#copyWeights()} holds them, shared by every partition's plan
 * @param noise      the partition's noise position
 * @param rows       the partition's local row indices for this round's batches, in order (empty
 *                   when it has no batch left this epoch)
 * @param firstBatch the 1-based number within the epoch of the round's first batch
 */
record RoundPlan(
        int partition,
        int round,
        int epoch,
        double lr,
        FloatArrays weights,
        FloatArrays optimizerState,
        long steps,
        long noise,
        int[] rows,
        int firstBatch)
        implements Serializable {}
