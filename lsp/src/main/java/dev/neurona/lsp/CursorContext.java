package dev.neurona.lsp;

import dev.neurona.lang.syntax.Lexemes;
import dev.neurona.lang.syntax.Lexemes.Kind;
import dev.neurona.lang.syntax.Lexemes.Lexeme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a cursor stands in a script, read from the lexemes before it: inside which brackets (a
 * statement's block, a call's parentheses), and what has been written of the current statement,
 * block line or argument. The word being typed at the cursor is left out, since completion
 * replaces it.
 *
 * @param blockOf   the statement keyword whose block the cursor is in ({@code model}, {@code train}), or null
 * @param callee    the word before the parenthesis the cursor is in ({@code adam}), or null
 * @param entryName inside a block, the name of the line the call is on ({@code optimizer}), or null
 * @param written   the lexemes written so far of the current statement, block line or argument
 * @param quiet     whether no completion makes sense here: in a comment, a string, a number being typed
 */
record CursorContext(
        @Nullable String blockOf,
        @Nullable String callee,
        @Nullable String entryName,
        boolean inList,
        List<Lexeme> written,
        boolean quiet) {

    /** An open bracket, with what was written before it, to pick up again when it closes. */
    private record Frame(
            String opener,
            @Nullable String blockOf,
            @Nullable String callee,
            List<Lexeme> outer) {}

    static CursorContext at(String text, int offset) {
        List<Lexeme> all = Lexemes.of(text);
        Deque<Frame> frames = new ArrayDeque<>();
        List<Lexeme> written = new ArrayList<>();
        Lexeme previous = null;
        for (Lexeme lexeme : all) {
            if (lexeme.end() > offset
                    || (lexeme.end() == offset && lexeme.kind() != Kind.SYMBOL && lexeme.kind() != Kind.NEWLINE)) {
                boolean inside = lexeme.start() < offset;
                boolean typing = lexeme.kind() == Kind.WORD || lexeme.kind() == Kind.RESERVED;
                boolean quiet = inside && !typing;
                return context(frames, written, quiet);
            }
            if (lexeme.kind() == Kind.COMMENT) {
                continue;
            }
            String symbol = lexeme.kind() == Kind.SYMBOL ? lexeme.text() : "";
            Frame top = frames.peek();
            boolean inParens = top != null && !top.opener.equals("{");
            switch (symbol) {
                case "{" -> {
                    frames.push(new Frame("{", firstWord(written), null, written));
                    written = new ArrayList<>();
                }
                case "(", "[" -> {
                    String callee = symbol.equals("(") && previous != null && previous.kind() == Kind.WORD
                            ? previous.text()
                            : null;
                    frames.push(new Frame(symbol, null, callee, written));
                    written = new ArrayList<>();
                }
                case "}", ")", "]" -> {
                    if (top != null) {
                        frames.pop();
                        written = new ArrayList<>(top.outer);
                        written.add(lexeme);
                    }
                }
                case ";" -> written = inParens ? written : new ArrayList<>();
                case "," -> {
                    if (inParens) {
                        written = new ArrayList<>();
                    } else {
                        written.add(lexeme);
                    }
                }
                default -> {
                    if (lexeme.kind() == Kind.NEWLINE) {
                        if (!inParens && !continues(previous)) {
                            written = new ArrayList<>();
                        }
                    } else {
                        written.add(lexeme);
                    }
                }
            }
            previous = lexeme;
        }
        return context(frames, written, false);
    }

    private static CursorContext context(Deque<Frame> frames, List<Lexeme> written, boolean quiet) {
        String blockOf = null;
        String callee = null;
        String entryName = null;
        boolean inList = false;
        Frame top = frames.peek();
        if (top != null && top.opener.equals("(")) {
            callee = top.callee;
            entryName = top.outer.isEmpty() ? null : top.outer.get(0).text();
        } else if (top != null && top.opener.equals("[")) {
            inList = true;
        }
        for (Frame frame : frames) { // innermost first
            if (frame.opener.equals("{")) {
                blockOf = frame.blockOf;
                break;
            }
        }
        return new CursorContext(blockOf, callee, entryName, inList, List.copyOf(written), quiet);
    }

    /** A new line after ',' or an operator continues the line. */
    private static boolean continues(@Nullable Lexeme previous) {
        return previous != null && previous.kind() == Kind.SYMBOL && "+-*/,".contains(previous.text());
    }

    private static @Nullable String firstWord(List<Lexeme> written) {
        return written.isEmpty() ? null : written.get(0).text();
    }

    /** The text of the i-th lexeme written, or null. */
    @Nullable
    String word(int i) {
        return i < written.size() ? written.get(i).text() : null;
    }

    /** Whether what is written ends with these texts. */
    boolean endsWith(@Nullable String... texts) {
        if (written.size() < texts.length) {
            return false;
        }
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null
                    && !written.get(written.size() - texts.length + i).text().equals(texts[i])) {
                return false;
            }
        }
        return true;
    }
}
