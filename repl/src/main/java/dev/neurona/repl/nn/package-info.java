/**
 * {@code .nn} at the REPL's prompt: the interpreter's {@code Session}, with a record of the
 * statements that ran (for {@code :save}), the names they defined and the Java view of them.
 */
@NullMarked
package dev.neurona.repl.nn;

import org.jspecify.annotations.NullMarked;
