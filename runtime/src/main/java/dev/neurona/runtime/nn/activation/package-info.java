/**
 * Activations, each with its derivative beside its function (ReLU, leaky ReLU, ELU, GELU, sigmoid,
 * tanh, softmax, linear), and the activation layer that applies one as a layer of its own.
 */
@NullMarked
package dev.neurona.runtime.nn.activation;

import org.jspecify.annotations.NullMarked;
