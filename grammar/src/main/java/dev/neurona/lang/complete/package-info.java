/**
 * What an editor, the REPL or a notebook may complete that only the files a script reads can tell:
 * {@link dev.neurona.lang.complete.DataColumns}, the columns of a script's CSV data sets, read from
 * the headers of their files (cheaply and within fixed bounds), and where the script expects one.
 */
@NullMarked
package dev.neurona.lang.complete;

import org.jspecify.annotations.NullMarked;
