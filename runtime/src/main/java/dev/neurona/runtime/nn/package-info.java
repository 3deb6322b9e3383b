/**
 * The network and what every layer kind shares: a {@link dev.neurona.runtime.nn.LayerSpec} answers
 * for its kind (output shape, parameter count, build, description), {@link
 * dev.neurona.runtime.nn.LayerKinds} lists the kinds, and {@link dev.neurona.runtime.nn.Network}
 * builds the live {@link dev.neurona.runtime.nn.Layer}s in order, holds their params and runs the
 * forward and backward passes. Each kind lives in a package of its own below ({@code dense},
 * {@code conv}, {@code pool}, {@code norm}, {@code dropout}, {@code flatten}, {@code activation}).
 */
@NullMarked
package dev.neurona.runtime.nn;

import org.jspecify.annotations.NullMarked;
