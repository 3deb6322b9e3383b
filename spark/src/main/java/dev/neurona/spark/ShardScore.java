package dev.neurona.spark;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * What one partition sends back from scoring: the sum of its rows' losses, and either its
 * confusion counts ({@code confusion[true][predicted]}) or its outputs.
 *
 * @param outputs the network's outputs for the partition's rows, row-major; null when only the
 *                confusion counts were asked for
 */
record ShardScore(int partition, double lossSum, int @Nullable [][] confusion, float @Nullable [] outputs)
        implements Serializable {}
