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
     * What may replace {@code line} from {@code start} to the cursor.
     *
     * @param start   where the replaced word begins in the line
     * @param matches the replacements, in the REPL's order
     */
    public record Found(int start, List<String> matches) {
        public Found {
            matches = List.copyOf(matches);
        }
    }

    private Completions() {}

    /** The completions at {@code cursor} in {@code line}, a single line of an entry. */
    public static Found at(Repl repl, Path workingDirectory, String line, int cursor) {
        List<String> values = new ReplCompleter(repl, workingDirectory)
                .candidates(line, cursor).stream()
                        .map(Candidate::value)
                        .distinct()
                        .toList();
        return new Found(WordAtCursor.of(line, cursor).start(), values);
    }
}
