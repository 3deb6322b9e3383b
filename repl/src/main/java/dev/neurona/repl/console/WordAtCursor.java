package dev.neurona.repl.console;

import dev.neurona.repl.Lexemes;
import java.util.List;
import org.jline.reader.CompletingParsedLine;

/**
 * The word being completed: from its start to the cursor. Inside an open string of a {@code .nn}
 * entry it is the string's text so far (a file path); at the start of the entry it may begin with
 * {@code :} or {@code /} (a command); otherwise it is a name, dots included ({@code pets.tr},
 * {@code m.pre}). A candidate replaces the whole word.
 */
final class WordAtCursor implements CompletingParsedLine {

    private final String line;
    private final int cursor;
    private final int start;
    private final boolean inString;

    private WordAtCursor(String line, int cursor, int start, boolean inString) {
        this.line = line;
        this.cursor = cursor;
        this.start = start;
        this.inString = inString;
    }

    /** The word before {@code cursor} in {@code line}. */
    static WordAtCursor of(String line, int cursor) {
        String before = line.substring(0, cursor);
        List<Lexemes.Lexeme> lexemes = Lexemes.ofNn(before);
        if (!lexemes.isEmpty()) {
            Lexemes.Lexeme last = lexemes.get(lexemes.size() - 1);
            if (last.kind() == Lexemes.Kind.STRING && !last.closed()) {
                return new WordAtCursor(line, cursor, last.start() + 1, true);
            }
        }
        int start = cursor;
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        if (start > 0
                && (line.charAt(start - 1) == ':' || line.charAt(start - 1) == '/')
                && line.substring(0, start - 1).isBlank()) {
            start--;
        }
        return new WordAtCursor(line, cursor, start, false);
    }

    private static boolean isWordChar(char c) {
        return Character.isJavaIdentifierPart(c) || c == '.';
    }

    /** Whether the word is the text of an unfinished string: a path. */
    boolean inString() {
        return inString;
    }

    /** Where the word starts. */
    int start() {
        return start;
    }

    /** Whether nothing but spaces comes before the word: it may be a statement keyword or a command. */
    boolean isFirst() {
        return line.substring(0, start).isBlank();
    }

    @Override
    public String word() {
        return line.substring(start, cursor);
    }

    @Override
    public int wordCursor() {
        return cursor - start;
    }

    @Override
    public int wordIndex() {
        return 0;
    }

    @Override
    public List<String> words() {
        return List.of(word());
    }

    @Override
    public String line() {
        return line;
    }

    @Override
    public int cursor() {
        return cursor;
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        return candidate;
    }

    @Override
    public int rawWordCursor() {
        return wordCursor();
    }

    @Override
    public int rawWordLength() {
        return wordCursor();
    }
}
