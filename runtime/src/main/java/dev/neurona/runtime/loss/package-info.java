/**
 * Losses with their gradients, beside each other: softmax cross-entropy, sigmoid binary cross-
 * entropy, mean squared and absolute error and Huber ({@link dev.neurona.runtime.loss.Loss}); the
 * fused softmax and sigmoid losses take the gradient with respect to the pre-activation, which is
 * both exact and stable.
 */
@NullMarked
package dev.neurona.runtime.loss;

import org.jspecify.annotations.NullMarked;
