package dev.neurona.lang.syntax;

import dev.neurona.runtime.i18n.Text;
import org.antlr.v4.runtime.Token;

/** How tokens are named in messages, and which kind of word a token is. */
final class TokenWords {

    private TokenWords() {}

    /** A token as a message names it: {@code ')'}, {@code 'foo'}, a string as written, or the end of a line. */
    static Text describe(Token token) {
        switch (token.getType()) {
            case Token.EOF:
                return Text.of("syntax.end_of_file");
            case NnLexer.NEWLINE:
                return Text.of("syntax.end_of_line");
            case NnLexer.STRING:
            case NnLexer.UNTERMINATED_STRING:
                String text = token.getText();
                return Text.verbatim(text.length() <= 24 ? text : text.substring(0, 20) + "...\"");
            default:
                return Text.verbatim("'" + token.getText() + "'");
        }
    }

    /** "missing '}' to close the block opened at line 3", and the like for '(' and '['. */
    static Text missingCloser(Token opener) {
        String closer = Brackets.closerText(opener.getType());
        String line = String.valueOf(opener.getLine());
        switch (opener.getType()) {
            case NnLexer.LBRACE:
                return Text.of("syntax.missing_closer.block", closer, line);
            case NnLexer.LBRACKET:
                return Text.of("syntax.missing_closer.list", closer, line);
            default:
                return Text.of("syntax.missing_closer.paren", closer, line);
        }
    }

    /** "expected ']' to close the list opened at line 2, found ')'", and the like. */
    static Text wrongCloser(Token opener, Text found) {
        String closer = Brackets.closerText(opener.getType());
        String line = String.valueOf(opener.getLine());
        switch (opener.getType()) {
            case NnLexer.LBRACE:
                return Text.of("syntax.wrong_closer.block", closer, line, found);
            case NnLexer.LBRACKET:
                return Text.of("syntax.wrong_closer.list", closer, line, found);
            default:
                return Text.of("syntax.wrong_closer.paren", closer, line, found);
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
