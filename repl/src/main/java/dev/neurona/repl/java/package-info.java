/**
 * Java at the REPL's prompt: a JShell that runs snippets in this JVM, so that they see the live
 * objects the REPL puts in {@link dev.neurona.repl.java.Bindings}, and reports what they did in
 * the REPL's words.
 */
@NullMarked
package dev.neurona.repl.java;

import org.jspecify.annotations.NullMarked;
