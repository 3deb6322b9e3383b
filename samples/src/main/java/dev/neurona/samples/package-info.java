/**
 * Samples in Java beside the {@code .nn} scripts: {@code MnistInJava} trains the MNIST sample with
 * the runtime's Java API alone, the same model as {@code samples/mnist.nn}.
 */
@NullMarked
package dev.neurona.samples;

import org.jspecify.annotations.NullMarked;
