/**
 * {@code explain MODEL}: a model in plain words — each layer's job, shapes and parameters, the
 * sizing advice of a first course — and one verdict on its training history, chosen by the rules
 * of {@link dev.neurona.runtime.explain.TrainingVerdicts}, with the figures behind it and what to
 * try next.
 */
@NullMarked
package dev.neurona.runtime.explain;

import org.jspecify.annotations.NullMarked;
