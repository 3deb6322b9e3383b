/**
 * The front door for embedding Neurona in a Java program: {@link dev.neurona.api.Neurona} checks
 * and runs {@code .nn} text and loads saved models, silently, handing back typed results —
 * diagnostics as values, models, data sets, evaluations — and raising one unchecked
 * {@link dev.neurona.api.ScriptException} that carries the diagnostics when text is wrong or fails.
 */
@NullMarked
package dev.neurona.api;

import org.jspecify.annotations.NullMarked;
