/**
 * Running {@code .nn} scripts from a file: {@link dev.neurona.lang.ScriptRunner} checks a whole
 * script and then runs it, printing what the command line prints and answering with its exit
 * status, as {@link dev.neurona.lang.RunOptions} (an immutable builder of output streams, seed,
 * threads, quiet, data folder and language) say. The layers of the language live below: {@code
 * syntax} parses, {@code check} checks and compiles to {@code plan}s, {@code interp} runs them;
 * {@code dev.neurona.api} is the silent front door for Java programs.
 */
@NullMarked
package dev.neurona.lang;

import org.jspecify.annotations.NullMarked;
