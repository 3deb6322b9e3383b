/**
 * Immutable specs of what to build and how to train it, the language's compiled form and the Java
 * API's vocabulary: {@link dev.neurona.runtime.spec.ModelSpec} (input shape and layer specs),
 * {@link dev.neurona.runtime.spec.TrainSpec} (loss, optimizer, schedule, epochs, batch, early
 * stopping), and the activations, initialisations, losses, optimizers, schedules and metrics they
 * name; {@code SpecFormat} writes them as text.
 */
@NullMarked
package dev.neurona.runtime.spec;

import org.jspecify.annotations.NullMarked;
