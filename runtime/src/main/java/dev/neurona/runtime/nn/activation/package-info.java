/**
 * Activations, each with its derivative beside its function (ReLU, leaky ReLU, ELU, GELU, sigmoid,
 * tanh, softmax, linear), and the activation layer that applies one as a layer of its own.
 */
package dev.neurona.runtime.nn.activation;
