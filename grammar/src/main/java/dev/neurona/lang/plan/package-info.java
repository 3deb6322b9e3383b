/**
 * Checked statements compiled for running: each {@link dev.neurona.lang.plan.Plan} holds resolved
 * names, evaluated values and the runtime's immutable specs, and no syntax. The checker makes
 * them; the interpreter runs them.
 */
@NullMarked
package dev.neurona.lang.plan;

import org.jspecify.annotations.NullMarked;
