package dev.neurona.lang.syntax;

import org.antlr.v4.runtime.Token;

/** How tokens are named in messages, and which kind of word a token is. */
final class TokenWords {

    private TokenWords() {}

    /** A token as a message names it: {@code ')'}, {@code 'foo'}, a string as written, or the end of a line. */
    static String describe(Token token) {
        switch (token.getType()) {
            case Token.EOF:
                return "end of file";
            case NnLexer.NEWLINE:
                return "end of line";
            case NnLexer.STRING:
            case NnLexer.UNTERMINATED_STRING:
                String text = token.getText();
                return text.length() <= 24 ? text : text.substring(0, 20) + "...\"";
            default:
                return "'" + token.getText() + "'";
        }
    }

    /** "missing '}' to close the block opened at line 3", and the like for '(' and '['. */
    static String missingCloser(Token opener) {
        return "missing '" + Brackets.closerText(opener.getType()) + "' to close " + bracketName(opener)
                + " opened at line " + opener.getLine();
    }

    /** "the block", "the list" or "the '('". */
    static String bracketName(Token opener) {
        switch (opener.getType()) {
            case NnLexer.LBRACE:
                return "the block";
            case NnLexer.LBRACKET:
                return "the list";
            default:
                return "the '('";
        }
    }

    static boolean isOperator(int type) {
        return type == NnLexer.PLUS || type == NnLexer.MINUS || type == NnLexer.STAR || type == NnLexer.SLASH;
    }

    static boolean isPreposition(int type) {
        return type == NnLexer.ON || type == NnLexer.IN || type == NnLexer.TO || type == NnLexer.FROM;
    }

    static boolean isStatementKeyword(Token token) {
        return token.getType() >= NnLexer.SEED && token.getType() <= NnLexer.SWEEP;
    }

    /** A name or a reserved word: something a misspelt keyword could look like. */
    static boolean isWord(Token token) {
        int type = token.getType();
        return type == NnLexer.IDENT || (type >= NnLexer.SEED && type <= NnLexer.FALSE);
    }

    /** A one-token value that can be quoted in an example, such as {@code 10} or {@code relu}. */
    static boolean isSimpleValue(Token token) {
        int type = token.getType();
        return type == NnLexer.NUMBER
                || type == NnLexer.PERCENTAGE
                || type == NnLexer.SIZE
                || type == NnLexer.STRING
                || type == NnLexer.IDENT
                || type == NnLexer.TRUE
                || type == NnLexer.FALSE;
    }
}
