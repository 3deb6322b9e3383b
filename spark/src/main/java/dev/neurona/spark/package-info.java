/**
 * Training, evaluation and prediction on a Spark cluster: {@link dev.neurona.spark.SparkEngine}
 * deals the training rows into partitions, lets each run local steps and averages the weights
 * every few steps ({@code DistributedEpochs}, {@code ShardRound}), in an order that gives the same
 * bits whatever the cluster; {@code SparkMain} is the entry point of {@code nn run --engine spark}
 * and of {@code spark-submit}.
 */
@NullMarked
package dev.neurona.spark;

import org.jspecify.annotations.NullMarked;
