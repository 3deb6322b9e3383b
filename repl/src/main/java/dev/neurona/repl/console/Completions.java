package dev.neurona.repl.console;

import dev.neurona.repl.Repl;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;

/**
 * The REPL's tab completion for callers outside a terminal (the Jupyter kernel): the same
 * keywords, names, paths and Java suggestions, as plain strings.
 */
public final class Completions {

    /**
     * What may replace the cell from {@code start} to the cursor.
     *
     * @param start   where the replaced word begins in the cell
     * @param matches the replacements, in the REPL's order
     */
    public record Found(int start, List<String> matches) {
        public Found {
            matches = List.copyOf(matches);
        }
    }

    private Completions() {}

    /**
     * The completions at {@code cursor} in a cell: those of its line, as the REPL completes one
     * line, except where the cell so far puts the cursor in a data block (a column is expected).
     *
     * @return the replacements, with where they start in the cell
     */
    public static Found at(Repl repl, Path workingDirectory, String cell, int cursor) {
        int lineStart = cell.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
        int lineEnd = cell.indexOf('\n', cursor);
        String line = cell.substring(lineStart, lineEnd < 0 ? cell.length() : lineEnd);
        List<String> values = new ReplCompleter(repl, workingDirectory)
                .candidates(line, cursor - lineStart, cell.substring(0, cursor)).stream()
                        .map(Candidate::value)
                        .distinct()
                        .toList();
        return new Found(lineStart + WordAtCursor.of(line, cursor - lineStart).start(), values);
    }
}
