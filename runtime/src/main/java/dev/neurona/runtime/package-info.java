/**
 * The engine's front: a {@link dev.neurona.runtime.Model} is a network with what it learned from
 * (schema, preprocessing, history), built by {@link dev.neurona.runtime.ModelBuilder}, trained by
 * {@code fit} with {@link dev.neurona.runtime.FitOptions}, evaluated into an {@link
 * dev.neurona.runtime.Evaluation}, saved and loaded whole; every failure a user can cause is a
 * {@link dev.neurona.runtime.NeuronaException}. The runtime knows nothing of the language, the
 * REPL or a terminal.
 */
@NullMarked
package dev.neurona.runtime;

import org.jspecify.annotations.NullMarked;
