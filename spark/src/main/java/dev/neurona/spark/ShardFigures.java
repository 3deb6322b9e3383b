package dev.neurona.spark;

import java.io.Serializable;

/**
 * One partition's figures for a round.
 *
 * @param partition     0-based
 * @param steps         the updates it made
 * @param noise         where its dropout noise stream stands afterwards
 * @param lossSum       Σ (batch loss × batch rows) over its batches
 * @param correct       rows its batches' outputs classified correctly
 * @param seen          rows it stepped on
 * @param divergedBatch the 1-based batch (within its epoch) whose loss was not finite, else 0;
 *                      the partition stopped there
 * @param divergedLoss  that batch's loss
 */
record ShardFigures(
        int partition,
        int steps,
        long noise,
        double lossSum,
        long correct,
        int seen,
        int divergedBatch,
        double divergedLoss)
        implements Serializable {}
