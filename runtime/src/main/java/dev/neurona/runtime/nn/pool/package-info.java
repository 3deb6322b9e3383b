/**
 * Pooling: max and average pooling over windows ({@code PoolSpec}, {@code Pool2d}) and global
 * average pooling over each whole channel ({@code GlobalAvgPoolSpec}, {@code GlobalAvgPool}).
 */
@NullMarked
package dev.neurona.runtime.nn.pool;

import org.jspecify.annotations.NullMarked;
