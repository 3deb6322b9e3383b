package dev.neurona.repl.java;

import java.util.List;

/**
 * What JShell suggests at a cursor.
 *
 * @param anchor        where the text that the continuations replace starts
 * @param continuations the candidates, each replacing the text from {@code anchor} to the cursor
 */
public record Suggestions(int anchor, List<String> continuations) {
    public Suggestions {
        continuations = List.copyOf(continuations);
    }
}
