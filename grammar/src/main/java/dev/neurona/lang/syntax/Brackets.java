package dev.neurona.lang.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The brackets (round, square and curly) still open at some point of a token stream. A closer
 * pops every opener up to its own kind, so one missing {@code )} inside a block does not keep the
 * block open forever; a closer with no opener of its kind is ignored.
 */
final class Brackets {

    private final Deque<Token> open = new ArrayDeque<>();

    /** The brackets open just before the token at {@code toExclusive}, counting from {@code from}. */
    static Brackets scan(TokenStream tokens, int from, int toExclusive) {
        Brackets brackets = new Brackets();
        for (int i = from; i < toExclusive; i++) {
            brackets.accept(tokens.get(i));
        }
        return brackets;
    }

    /** Updates the open brackets with the next token. */
    void accept(Token token) {
        int type = token.getType();
        if (isOpener(type)) {
            open.push(token);
        } else if (isCloser(type) && hasOpenerFor(type)) {
            int opener = openerFor(type);
            while (open.pop().getType() != opener) {
                // pop the brackets left open inside this pair
            }
        }
    }

    boolean isEmpty() {
        return open.isEmpty();
    }

    /** How many brackets are open. */
    int depth() {
        return open.size();
    }

    /** The most recently opened bracket still open, or {@code null}. */
    Token innermost() {
        return open.peek();
    }

    /** Whether a bracket that {@code closerType} would close is open. */
    boolean hasOpenerFor(int closerType) {
        int opener = openerFor(closerType);
        return open.stream().anyMatch(token -> token.getType() == opener);
    }

    static boolean isOpener(int type) {
        return type == NnLexer.LPAREN || type == NnLexer.LBRACKET || type == NnLexer.LBRACE;
    }

    static boolean isCloser(int type) {
        return type == NnLexer.RPAREN || type == NnLexer.RBRACKET || type == NnLexer.RBRACE;
    }

    static int openerFor(int closerType) {
        switch (closerType) {
            case NnLexer.RPAREN:
                return NnLexer.LPAREN;
            case NnLexer.RBRACKET:
                return NnLexer.LBRACKET;
            case NnLexer.RBRACE:
                return NnLexer.LBRACE;
            default:
                throw new IllegalArgumentException("not a closing bracket: " + closerType);
        }
    }

    static String closerText(int openerType) {
        switch (openerType) {
            case NnLexer.LPAREN:
                return ")";
            case NnLexer.LBRACKET:
                return "]";
            case NnLexer.LBRACE:
                return "}";
            default:
                throw new IllegalArgumentException("not an opening bracket: " + openerType);
        }
    }
}
