/**
 * Flatten: its spec and the layer that turns an image-shaped input into one row of features for
 * the dense layers after it.
 */
@NullMarked
package dev.neurona.runtime.nn.flatten;

import org.jspecify.annotations.NullMarked;
