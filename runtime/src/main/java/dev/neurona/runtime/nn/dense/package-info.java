/**
 * The fully connected layer: its spec (units, activation, initialisation) and the layer, whose
 * forward and backward passes are matrix products on the compute pool.
 */
@NullMarked
package dev.neurona.runtime.nn.dense;

import org.jspecify.annotations.NullMarked;
