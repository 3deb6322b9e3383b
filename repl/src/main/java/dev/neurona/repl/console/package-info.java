/**
 * The REPL on a terminal, through JLine 3: a parser that asks for more lines while an entry is
 * unfinished, completion of words, names, paths and Java members, and colours.
 */
@NullMarked
package dev.neurona.repl.console;

import org.jspecify.annotations.NullMarked;
