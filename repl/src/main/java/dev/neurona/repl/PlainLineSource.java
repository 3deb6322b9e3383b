package dev.neurona.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Entries from plain text, such as piped input: no prompts, no echo, no escape codes. A line that
 * leaves an entry unfinished (an open brace, {@code int x =}) is joined with the next ones; at the
 * end of the input an unfinished entry is run as it is, so that its error is shown.
 */
public final class PlainLineSource implements LineSource {

    private final BufferedReader lines;
    private final Predicate<String> incomplete;

    /**
     * @param input      the text
     * @param incomplete whether an entry needs more lines ({@link Repl#isIncomplete})
     */
    public PlainLineSource(Reader input, Predicate<String> incomplete) {
        this.lines = input instanceof BufferedReader buffered ? buffered : new BufferedReader(input);
        this.incomplete = incomplete;
    }

    @Override
    public @Nullable String next() throws IOException {
        String line = lines.readLine();
        if (line == null) {
            return null;
        }
        StringBuilder entry = new StringBuilder(line);
        while (incomplete.test(entry.toString())) {
            String more = lines.readLine();
            if (more == null) {
                break;
            }
            entry.append('\n').append(more);
        }
        return entry.toString();
    }
}
