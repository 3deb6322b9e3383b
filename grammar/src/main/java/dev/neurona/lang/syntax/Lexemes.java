package dev.neurona.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The words of a script as the language's own lexer reads them, comments included, for tools
 * that work on text rather than on the syntax tree: an editor's completion and a formatter. It
 * never fails: malformed text becomes {@link Kind#ERROR} lexemes.
 */
public final class Lexemes {

    /** What a lexeme is. */
    public enum Kind {
        /** A name or a statement keyword: {@code dense}, {@code digits}, {@code train}. */
        WORD,
        /** {@code on}, {@code in}, {@code to}, {@code from}, {@code true}, {@code false}. */
        RESERVED,
        /** {@code 42}, {@code 0.5}, {@code 80%}, {@code 28x28}. */
        NUMBER,
        STRING,
        /** One of {@code ( ) [ ] { } , ; . = + - * /}. */
        SYMBOL,
        NEWLINE,
        /** {@code # ...}, {@code // ...} or {@code /* ... *}{@code /}. */
        COMMENT,
        /** An unterminated string or comment, a number glued to a name, a stray character. */
        ERROR
    }

    /**
     * One lexeme.
     *
     * @param start offset of its first character in the text (in {@code char}s, as {@link String} counts)
     * @param end   offset just after its last character
     */
    public record Lexeme(Kind kind, String text, int start, int end) {

        public boolean is(Kind kind, String text) {
            return this.kind == kind && this.text.equals(text);
        }
    }

    private Lexemes() {}

    /** Every lexeme of {@code source} in order, comments and new lines included; no end-of-input marker. */
    public static List<Lexeme> of(String source) {
        NnLexer lexer = new NnLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        List<Lexeme> lexemes = new ArrayList<>();
        int previousEnd = 0;
        int codePoints = 0;
        int chars = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            // Token indexes count code points; the text is indexed by chars.
            int start = chars + charCount(source, chars, token.getStartIndex() - codePoints);
            int end = start + token.getText().length();
            codePoints = token.getStopIndex() + 1;
            chars = end;
            comments(source, previousEnd, start, lexemes);
            lexemes.add(new Lexeme(kindOf(token.getType()), token.getText(), start, end));
            previousEnd = end;
        }
        comments(source, previousEnd, source.length(), lexemes);
        return lexemes;
    }

    /** The comments in a stretch the lexer skipped, which holds only blanks and comments. */
    private static void comments(String source, int from, int to, List<Lexeme> into) {
        int i = from;
        while (i < to) {
            char c = source.charAt(i);
            if (c == '#' || source.startsWith("//", i)) {
                int end = lineEnd(source, i, to);
                into.add(new Lexeme(Kind.COMMENT, source.substring(i, end), i, end));
                i = end;
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                int end = close < 0 || close + 2 > to ? to : close + 2;
                into.add(new Lexeme(Kind.COMMENT, source.substring(i, end), i, end));
                i = end;
            } else {
                i++;
            }
        }
    }

    private static int lineEnd(String source, int from, int to) {
        int i = from;
        while (i < to
                && source.charAt(i) != '\n'
                && !(source.charAt(i) == '\r' && i + 1 < to && source.charAt(i + 1) == '\n')) {
            i++;
        }
        return i;
    }

    private static int charCount(String source, int fromChar, int codePoints) {
        return source.offsetByCodePoints(fromChar, codePoints) - fromChar;
    }

    private static Kind kindOf(int type) {
        switch (type) {
            case NnLexer.IDENT:
                return Kind.WORD;
            case NnLexer.ON:
            case NnLexer.IN:
            case NnLexer.TO:
            case NnLexer.FROM:
            case NnLexer.TRUE:
            case NnLexer.FALSE:
                return Kind.RESERVED;
            case NnLexer.NUMBER:
            case NnLexer.PERCENTAGE:
            case NnLexer.SIZE:
                return Kind.NUMBER;
            case NnLexer.STRING:
                return Kind.STRING;
            case NnLexer.NEWLINE:
                return Kind.NEWLINE;
            case NnLexer.UNTERMINATED_STRING:
            case NnLexer.UNTERMINATED_COMMENT:
            case NnLexer.MALFORMED_NUMBER:
            case NnLexer.ERROR_CHAR:
                return Kind.ERROR;
            default:
                return type >= NnLexer.SEED && type <= NnLexer.SWEEP ? Kind.WORD : Kind.SYMBOL;
        }
    }
}
