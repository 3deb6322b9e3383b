package dev.neurona.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * A forgiving scan of one REPL entry into comments, strings, numbers, words and Java holes, for
 * colouring, completion and {@code ${...}} substitution. It never fails: unfinished strings,
 * comments and holes run to the end of their line or of the text and are marked unclosed.
 *
 * <p>This is not the language's lexer (the parser owns that); it only has to be right about
 * where strings and comments are, so that what lies inside them is left alone.
 */
public final class Lexemes {

    /** What a piece of the entry is. */
    public enum Kind {
        /** {@code # ...}, {@code // ...} or {@code /* ... *}{@code /}. */
        COMMENT,
        /** {@code "..."}, and in Java also {@code '.'}. */
        STRING,
        /** {@code 42}, {@code .5}, {@code 1e-3}, {@code 80%}, {@code 28x28}, {@code 10L}. */
        NUMBER,
        /** An identifier or keyword. */
        WORD,
        /** {@code ${ java expression }} inside a {@code .nn} entry. */
        HOLE,
        /** Anything else: spaces, brackets, operators. */
        OTHER
    }

    /**
     * One piece: {@code text.substring(start, end)}.
     *
     * @param closed false for a string, block comment or hole that the text ends inside
     */
    public record Lexeme(Kind kind, int start, int end, boolean closed) {}

    private final String text;
    private final boolean nn;
    private final List<Lexeme> found = new ArrayList<>();
    private int at;

    private Lexemes(String text, boolean nn) {
        this.text = text;
        this.nn = nn;
    }

    /** The pieces of a {@code .nn} entry: {@code #} starts a comment and {@code ${...}} is a hole. */
    public static List<Lexeme> ofNn(String text) {
        return new Lexemes(text, true).scan();
    }

    /** The pieces of Java text: character literals are strings; no {@code #} comments, no holes. */
    public static List<Lexeme> ofJava(String text) {
        return new Lexemes(text, false).scan();
    }

    private List<Lexeme> scan() {
        while (at < text.length()) {
            int start = at;
            char c = text.charAt(at);
            if ((nn && c == '#') || text.startsWith("//", at)) {
                at = lineEnd(at);
                add(Kind.COMMENT, start, true);
            } else if (text.startsWith("/*", at)) {
                int close = text.indexOf("*/", at + 2);
                at = close < 0 ? text.length() : close + 2;
                add(Kind.COMMENT, start, close >= 0);
            } else if (c == '"' || (!nn && c == '\'')) {
                add(Kind.STRING, start, quoted(c));
            } else if (nn && text.startsWith("${", at)) {
                add(Kind.HOLE, start, hole());
            } else if (Character.isDigit(c)
                    || (c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)))) {
                number();
                add(Kind.NUMBER, start, true);
            } else if (Character.isJavaIdentifierStart(c)) {
                while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                    at++;
                }
                add(Kind.WORD, start, true);
            } else {
                at++;
                add(Kind.OTHER, start, true);
            }
        }
        return List.copyOf(found);
    }

    private void add(Kind kind, int start, boolean closed) {
        found.add(new Lexeme(kind, start, at, closed));
    }

    private int lineEnd(int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    /** Moves past a quoted literal that may not span lines; returns whether it was closed. */
    private boolean quoted(char quote) {
        at++;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                return false;
            }
            at++;
            if (c == '\\' && at < text.length() && text.charAt(at) != '\n') {
                at++;
            } else if (c == quote) {
                return true;
            }
        }
        return false;
    }

    /** Moves past {@code ${ java }}, counting Java's braces and skipping its literals; returns whether it was closed. */
    private boolean hole() {
        at += 2;
        int depth = 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                quoted(c);
                continue;
            }
            at++;
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** Digits, letters (exponents, {@code x} of sizes, type suffixes), dots, {@code _}, a signed exponent, a {@code %}. */
    private void number() {
        while (at < text.length()) {
            char c = text.charAt(at);
            boolean signedExponent = (c == '+' || c == '-')
                    && at > 0
                    && (text.charAt(at - 1) == 'e' || text.charAt(at - 1) == 'E')
                    && !isHex(at);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || signedExponent) {
                at++;
            } else {
                if (c == '%' && nn) {
                    at++;
                }
                return;
            }
        }
    }

    private boolean isHex(int position) {
        int start = position;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return text.startsWith("0x", start) || text.startsWith("0X", start);
    }
}
