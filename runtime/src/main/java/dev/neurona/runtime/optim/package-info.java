/**
 * Optimizers and what they update: SGD with momentum, Adam (and AdamW's decoupled decay), RMSprop
 * and Adagrad over {@link dev.neurona.runtime.optim.Param}s, with weight penalties and gradient
 * clipping; their element loops come in a portable and a Vector API version ({@code UpdateLoops})
 * that give the same bits.
 */
@NullMarked
package dev.neurona.runtime.optim;

import org.jspecify.annotations.NullMarked;
