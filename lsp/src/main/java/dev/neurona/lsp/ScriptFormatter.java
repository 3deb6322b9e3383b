package dev.neurona.lsp;

import dev.neurona.lang.syntax.Lexemes;
import dev.neurona.lang.syntax.Lexemes.Kind;
import dev.neurona.lang.syntax.Lexemes.Lexeme;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lays out a script in one style, keeping its words, line breaks and comments: two spaces of
 * indentation per block, continuation lines lined up after their open parenthesis or bracket, one space between words, none inside brackets or before
 * {@code , ; .}, {@code name=value} inside lines and calls but {@code data d = ...} and
 * {@code model m(hidden = 128)} in statement heads, {@code a + b} and {@code 1/255}, at most one
 * blank line in a row, trailing comments two spaces after the code. Formatting a formatted
 * script changes nothing. Text the lexer cannot read (an unterminated string or comment) is not
 * formatted at all.
 */
final class ScriptFormatter {

    private static final String INDENT = "  ";

    private ScriptFormatter() {}

    /** The formatted text; empty when the text cannot be formatted safely. */
    static Optional<String> format(String text) {
        List<Lexeme> lexemes = Lexemes.of(text);
        if (lexemes.stream().anyMatch(l -> l.kind() == Kind.ERROR)) {
            return Optional.empty();
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String formatted = new Layout(newline).lay(lexemes);
        if (!sameWords(lexemes, Lexemes.of(formatted))) {
            return Optional.empty(); // never change what the script says
        }
        return Optional.of(formatted);
    }

    private static boolean sameWords(List<Lexeme> before, List<Lexeme> after) {
        List<String> a = before.stream()
                .filter(l -> l.kind() != Kind.NEWLINE)
                .map(l -> l.kind() + l.text().strip())
                .toList();
        List<String> b = after.stream()
                .filter(l -> l.kind() != Kind.NEWLINE)
                .map(l -> l.kind() + l.text().strip())
                .toList();
        return a.equals(b);
    }

    /** One pass over the lexemes, line by line. */
    private static final class Layout {

        /**
         * An open bracket: the indentation (in spaces) of the line its statement or block line
         * started on, where its closer goes; the column just after it, where continuation lines
         * inside parentheses line up when something follows it on its line; whether '=' is spaced
         * inside it.
         */
        private static final class Open {
            final String bracket;
            final int baseIndent;
            final int alignColumn;
            final boolean spacedAssign;
            final int line;
            boolean followedOnItsLine;

            Open(String bracket, int baseIndent, int alignColumn, boolean spacedAssign, int line) {
                this.line = line;
                this.bracket = bracket;
                this.baseIndent = baseIndent;
                this.alignColumn = alignColumn;
                this.spacedAssign = spacedAssign;
            }
        }

        private final String newline;
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private final Deque<Open> open = new ArrayDeque<>();
        private int lineIndent;
        /** The indentation of the line the current statement or block line started on. */
        private int segmentIndent;

        private int lineNumber;
        private int blankLines;
        private boolean anyLine;
        private @Nullable Lexeme previous;
        /** The first lexeme of the statement or block line, and the one after it. */
        private @Nullable Lexeme segmentHead;

        private @Nullable Lexeme segmentSecond;
        private int segmentLength;

        Layout(String newline) {
            this.newline = newline;
        }

        String lay(List<Lexeme> lexemes) {
            for (Lexeme lexeme : lexemes) {
                if (lexeme.kind() == Kind.NEWLINE) {
                    endLine();
                    if (!inParens() && !continues(previous)) {
                        startSegment();
                    }
                    previous = null;
                    continue;
                }
                place(lexeme);
            }
            endLine();
            return out.toString();
        }

        private void place(Lexeme lexeme) {
            if (lexeme.is(Kind.SYMBOL, "-")) {
                minusIsUnary = previous == null || previous == segmentHead || !endsOperand(previous);
            }
            boolean first = line.length() == 0;
            if (first) {
                lineIndent = indentFor(lexeme);
                flushBlankLines();
                line.append(" ".repeat(lineIndent));
            } else {
                line.append(space(previous, lexeme));
            }
            line.append(lexeme.kind() == Kind.COMMENT ? lexeme.text().stripTrailing() : lexeme.text());
            if (!open.isEmpty() && open.peek().line == lineNumber && lexeme.kind() != Kind.COMMENT) {
                open.peek().followedOnItsLine = true;
            }
            track(lexeme);
            previous = lexeme;
        }

        private void track(Lexeme lexeme) {
            if (lexeme.kind() == Kind.COMMENT) {
                return;
            }
            if (segmentLength == 0) {
                segmentIndent = lineIndent;
            }
            String symbol = lexeme.kind() == Kind.SYMBOL ? lexeme.text() : "";
            switch (symbol) {
                case "{" -> {
                    open.push(new Open("{", segmentIndent, -1, false, lineNumber));
                    startSegment();
                    return;
                }
                case "(", "[" -> {
                    open.push(new Open(symbol, segmentIndent, line.length(), isModelHeaderParameters(), lineNumber));
                }
                case "}", ")", "]" -> {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                case ";" -> {
                    if (!inParens()) {
                        startSegment();
                        return;
                    }
                }
                default -> {}
            }
            if (segmentLength == 0) {
                segmentHead = lexeme;
            } else if (segmentLength == 1) {
                segmentSecond = lexeme;
            }
            segmentLength++;
        }

        /** {@code model mlp(}: the parenthesis holds the template's parameters, written {@code hidden = 128}. */
        private boolean isModelHeaderParameters() {
            return open.isEmpty() && segmentLength == 2 && segmentHead != null && segmentHead.is(Kind.WORD, "model");
        }

        private void startSegment() {
            segmentHead = null;
            segmentSecond = null;
            segmentLength = 0;
        }

        private int indentFor(Lexeme first) {
            if (open.isEmpty()) {
                return 0;
            }
            Open top = open.peek();
            boolean closes = first.kind() == Kind.SYMBOL && "})]".contains(first.text());
            if (closes) {
                return top.baseIndent;
            }
            if (!top.bracket.equals("{") && top.followedOnItsLine) {
                return top.alignColumn;
            }
            return top.baseIndent + INDENT.length();
        }

        private String space(@Nullable Lexeme before, Lexeme current) {
            if (current.kind() == Kind.COMMENT) {
                return current.text().startsWith("/*") ? " " : "  ";
            }
            if (before == null || before.kind() == Kind.COMMENT) {
                return " ";
            }
            String b = before.kind() == Kind.SYMBOL ? before.text() : "";
            String c = current.kind() == Kind.SYMBOL ? current.text() : "";
            if (c.equals(",") || c.equals(";") || c.equals(")") || c.equals("]") || c.equals(".") || b.equals(".")) {
                return "";
            }
            if (b.equals("(") || b.equals("[")) {
                return "";
            }
            if (c.equals("(")) {
                return before.kind() == Kind.WORD ? "" : " ";
            }
            if (c.equals("=") || b.equals("=")) {
                return spacedAssign() ? " " : "";
            }
            if (c.equals("*") || c.equals("/") || b.equals("*") || b.equals("/")) {
                return "";
            }
            if (b.equals("-") && isUnaryMinus()) {
                return "";
            }
            return " ";
        }

        /** Whether the '-' just placed is a sign rather than a subtraction. */
        private boolean isUnaryMinus() {
            return minusIsUnary;
        }

        /** After a statement keyword or a line's name, or after an operator or '(', a '-' is a sign. */
        private boolean minusIsUnary;

        private static boolean endsOperand(Lexeme lexeme) {
            return switch (lexeme.kind()) {
                case WORD, NUMBER, STRING -> true;
                case RESERVED -> lexeme.text().equals("true") || lexeme.text().equals("false");
                case SYMBOL -> lexeme.text().equals(")") || lexeme.text().equals("]");
                default -> false;
            };
        }

        private boolean spacedAssign() {
            if (open.isEmpty()) {
                return true; // data d = ..., model m = t(...), sweep s = ...
            }
            Open top = open.peek();
            return top.spacedAssign;
        }

        private boolean inParens() {
            return !open.isEmpty() && !open.peek().bracket.equals("{");
        }

        private static boolean continues(@Nullable Lexeme previous) {
            return previous != null && previous.kind() == Kind.SYMBOL && "+-*/,".contains(previous.text());
        }

        private void endLine() {
            lineNumber++;
            String text = stripTrailing(line);
            line.setLength(0);
            if (text.isEmpty()) {
                if (anyLine) {
                    blankLines++;
                }
                return;
            }
            out.append(text).append(newline);
            anyLine = true;
        }

        private void flushBlankLines() {
            if (blankLines > 0 && anyLine) {
                out.append(newline);
            }
            blankLines = 0;
        }

        private static String stripTrailing(StringBuilder text) {
            int end = text.length();
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                end--;
            }
            return text.substring(0, end);
        }
    }
}
