/**
 * {@code nn bench}: how fast this machine trains and predicts, as medians of repeated timings
 * ({@code MedianTime}): a matrix product, a convolution, a training epoch and prediction latency,
 * on one thread and on many.
 */
@NullMarked
package dev.neurona.cli.bench;

import org.jspecify.annotations.NullMarked;
