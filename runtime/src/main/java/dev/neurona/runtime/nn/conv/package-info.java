/**
 * Two-dimensional convolution: {@link dev.neurona.runtime.nn.conv.ConvSpec} (filters, kernel,
 * stride, {@link dev.neurona.runtime.nn.conv.Padding}) and the layer, which unfolds patches
 * ({@code Im2col}) and multiplies them by the filters, examples in parallel, with the same bits on
 * any number of threads.
 */
@NullMarked
package dev.neurona.runtime.nn.conv;

import org.jspecify.annotations.NullMarked;
