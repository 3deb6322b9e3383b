package dev.neurona.spark;

import java.io.Serializable;

/**
 * What one partition sends back from a round: its model after the round's local steps (weights
 * then optimizer state, flattened), and its figures.
 *
 * @param model   every weight, then every optimizer-state number, in the network's param
 *                order; null when the partition took no step this round
 * @param figures its steps, losses, noise position and any divergence
 */
record ShardResult(float[] model, ShardFigures figures) implements Serializable {
}
