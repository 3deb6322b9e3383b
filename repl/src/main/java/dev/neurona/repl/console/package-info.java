/**
 * The REPL on a terminal, through JLine 3: a parser that asks for more lines while an entry is
 * unfinished, completion of words, names, paths and Java members, and colours.
 */
package dev.neurona.repl.console;
