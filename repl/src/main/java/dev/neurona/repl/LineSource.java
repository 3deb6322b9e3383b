package dev.neurona.repl;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Where the REPL's entries come from: a line editor on a terminal, or plain lines from a pipe. */
public interface LineSource {

    /**
     * The next complete entry, read over as many lines as it needs (an open brace continues it).
     *
     * @return the entry, or null at the end of the input (Ctrl-D, end of the pipe)
     */
    @Nullable
    String next() throws IOException;
}
