package dev.neurona.spark;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * What one partition sends back from a round: its model after the round's local steps (weights,
 * layer state, then optimizer state, flattened), and its figures.
 *
 * @param model   every weight in the network's param order, then every layer's state (batch
 *                normalisation's running mean and variance) in layer order, then every
 *                optimizer-state number; null when the partition took no step this round
 * @param figures its steps, losses, noise position and any divergence
 */
record ShardResult(float @Nullable [] model, ShardFigures figures) implements Serializable {}
