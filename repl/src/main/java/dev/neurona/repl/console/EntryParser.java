package dev.neurona.repl.console;

import dev.neurona.repl.Repl;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when an entry goes on over more lines (an open brace, unfinished Java): accepting
 * such a line throws {@link EOFError}, and JLine shows the continuation prompt. For completion it
 * finds the word at the cursor.
 */
final class EntryParser implements Parser {

    private final Repl repl;

    EntryParser(Repl repl) {
        this.repl = repl;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && repl.isIncomplete(line)) {
            throw new EOFError(-1, -1, "the entry goes on");
        }
        return WordAtCursor.of(line, Math.min(cursor, line.length()));
    }
}
