/**
 * The REPL ({@code nn repl}): one prompt for {@code .nn} statements and Java snippets.
 *
 * <p>{@link dev.neurona.repl.Repl} reads entries from a {@link dev.neurona.repl.LineSource}
 * (a JLine editor on a terminal, or plain piped lines), asks the
 * {@link dev.neurona.repl.InputClassifier} who runs each, and hands it to the {@code .nn} side
 * (package {@code nn}: a {@code Session}, with what ran kept for {@code :save}), to the Java side
 * (package {@code java}: a JShell in this JVM that sees the session's objects through
 * {@code Bindings}), or to the {@code :} commands. Package {@code console} holds everything JLine:
 * multi-line entry, completion and highlighting. Every sentence shown comes from
 * {@code messages.properties} through {@link dev.neurona.repl.Messages}.
 */
@NullMarked
package dev.neurona.repl;

import org.jspecify.annotations.NullMarked;
