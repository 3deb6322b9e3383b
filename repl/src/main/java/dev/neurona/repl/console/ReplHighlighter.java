package dev.neurona.repl.console;

import dev.neurona.repl.EntryKind;
import dev.neurona.repl.Lexemes;
import dev.neurona.repl.Repl;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the entry as it is typed: keywords, numbers, strings, comments, and in {@code .nn}
 * also activations, optimizers and {@code ${...}} holes; a command's name. On a dumb terminal
 * JLine drops the colours.
 */
final class ReplHighlighter implements Highlighter {

    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle WORD = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle COMMENT =
            AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
    static final AttributedStyle HOLE = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);

    private final Repl repl;
    private final Set<String> nnKeywords = Vocabulary.keywords();
    private final Set<String> nnWords = new HashSet<>(Vocabulary.tableWords());

    ReplHighlighter(Repl repl) {
        this.repl = repl;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    /** The buffer with its colours. */
    AttributedString highlight(String buffer) {
        EntryKind kind = repl.kindOf(buffer);
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (kind == EntryKind.COMMAND || kind == EntryKind.JAVA_COMMAND) {
            int end = buffer.strip().isEmpty()
                    ? buffer.length()
                    : buffer.indexOf(buffer.strip()) + firstWordLength(buffer.strip());
            return out.append(buffer.substring(0, end), COMMAND)
                    .append(buffer.substring(end))
                    .toAttributedString();
        }
        boolean nn = kind != EntryKind.JAVA;
        List<Lexemes.Lexeme> lexemes = nn ? Lexemes.ofNn(buffer) : Lexemes.ofJava(buffer);
        for (Lexemes.Lexeme lexeme : lexemes) {
            String text = buffer.substring(lexeme.start(), lexeme.end());
            out.append(text, style(lexeme.kind(), text, nn));
        }
        return out.toAttributedString();
    }

    private AttributedStyle style(Lexemes.Kind kind, String text, boolean nn) {
        return switch (kind) {
            case COMMENT -> COMMENT;
            case STRING -> STRING;
            case NUMBER -> NUMBER;
            case HOLE -> HOLE;
            case WORD ->
                nn
                        ? (nnKeywords.contains(text)
                                ? KEYWORD
                                : nnWords.contains(text) ? WORD : AttributedStyle.DEFAULT)
                        : (SourceVersion.isKeyword(text) || text.equals("var") ? KEYWORD : AttributedStyle.DEFAULT);
            case OTHER -> AttributedStyle.DEFAULT;
        };
    }

    private static int firstWordLength(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // errors are reported after the entry runs, not while it is typed
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // as above
    }
}
