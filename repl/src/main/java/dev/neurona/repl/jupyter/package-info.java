/**
 * The Jupyter kernel ({@code nn kernel}): notebook cells run in the REPL's session, over the
 * Jupyter messaging protocol of jjava's base kernel.
 */
@NullMarked
package dev.neurona.repl.jupyter;

import org.jspecify.annotations.NullMarked;
