/**
 * Batch normalisation: its spec and the layer, which normalises each channel by the batch's
 * statistics while training and by running averages (saved with the model) otherwise.
 */
@NullMarked
package dev.neurona.runtime.nn.norm;

import org.jspecify.annotations.NullMarked;
