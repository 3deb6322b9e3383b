package dev.neurona.repl.console;

import dev.neurona.repl.LineSource;
import dev.neurona.repl.Messages;
import dev.neurona.repl.Repl;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/**
 * Entries from a terminal through JLine: line editing, history kept in a file, colours,
 * completion, and a continuation prompt while an entry is unfinished. Ctrl-C at the prompt clears
 * the line; Ctrl-D on an empty line ends the input.
 */
public final class JLineSource implements LineSource {

    private final LineReader reader;
    private final String prompt = Messages.get("prompt");

    private JLineSource(LineReader reader) {
        this.reader = reader;
    }

    /**
     * A line editor for {@code repl} on {@code terminal}.
     *
     * @param historyFile where the history of entries persists across sessions, or null for none
     */
    public static JLineSource create(Terminal terminal, Repl repl, Path workingDirectory, @Nullable Path historyFile) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .appName("nn")
                .terminal(terminal)
                .parser(new EntryParser(repl))
                .completer(new ReplCompleter(repl, workingDirectory))
                .highlighter(new ReplHighlighter(repl))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, Messages.get("prompt.more"))
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.HISTORY_FILE_SIZE, 5000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is Java's "not"
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        return new JLineSource(builder.build());
    }

    /** The line reader, for its terminal and history. */
    public LineReader reader() {
        return reader;
    }

    @Override
    public @Nullable String next() {
        while (true) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                if (e.getPartialLine().isBlank()) {
                    reader.getTerminal().writer().println(Messages.get("interrupt.hint"));
                }
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }
}
