/**
 * Dropout: its spec (the rate) and the layer, which zeroes inputs at random while training, from
 * the network's seeded noise stream, and passes them through unchanged otherwise.
 */
@NullMarked
package dev.neurona.runtime.nn.dropout;

import org.jspecify.annotations.NullMarked;
