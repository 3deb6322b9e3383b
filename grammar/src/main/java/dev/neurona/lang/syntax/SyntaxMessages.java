package dev.neurona.lang.syntax;

import static dev.neurona.lang.syntax.TokenWords.describe;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.runtime.i18n.Text;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Phrases a parser error as a plain sentence and decides where parsing resumes. It looks, in
 * order, at: a statement keyword that starts a line inside unclosed brackets (a forgotten closer),
 * malformed tokens, the end of input inside brackets, a closing bracket that does not fit, a '{'
 * put on the next line, then at what the enclosing construct was reading
 * ({@link ConstructMessages}), then at the token before the error. No message names a grammar rule
 * or a token type.
 */
final class SyntaxMessages {

    /** The words a statement can start with, in the order the language contract lists them. */
    static final List<String> STATEMENT_KEYWORDS = List.of(
            "seed",
            "data",
            "model",
            "train",
            "evaluate",
            "predict",
            "save",
            "load",
            "export",
            "print",
            "explain",
            "plot",
            "report",
            "sweep");

    private final String file;

    SyntaxMessages(String file) {
        this.file = file;
    }

    /** Describes an error at the point where the parser failed. */
    SyntaxProblem problemAt(Parser parser, RecognitionException e) {
        ErrorSituation s = new ErrorSituation(parser, e);

        Token keyword = statementKeywordInsideBrackets(s);
        if (keyword != null) {
            Token opener = s.openBracketsBefore(keyword.getTokenIndex()).innermost();
            Diagnostic diagnostic = error(TokenSpans.of(keyword), TokenWords.missingCloser(opener), null);
            return new SyntaxProblem(diagnostic, keyword.getTokenIndex(), true);
        }
        Text lexical = lexicalError(s.offending);
        if (lexical != null) {
            return skip(s, Phrase.of(lexical), lexicalSpan(s.offending));
        }
        if (s.offending.getType() == Token.EOF && !s.open.isEmpty()) {
            return skip(s, Phrase.of(TokenWords.missingCloser(s.open.innermost())), errorPoint(s));
        }
        Phrase closer = wrongCloser(s);
        if (closer != null) {
            return skip(s, closer, errorPoint(s));
        }
        Token brace = braceOnNextLine(s);
        if (brace != null) {
            // Skip the misplaced block together with this statement, so that it is reported once.
            Diagnostic diagnostic = error(TokenSpans.of(brace), Text.of("syntax.brace_same_line"), null);
            return new SyntaxProblem(diagnostic, brace.getTokenIndex(), false);
        }
        Phrase phrase = ConstructMessages.of(s);
        if (phrase == null) {
            phrase = ConstructMessages.afterPrevious(s);
        }
        if (phrase == null) {
            phrase = Phrase.of(Text.of("syntax.unexpected", describe(s.offending)));
        }
        Token previous = s.previous;
        boolean onLaterLine = previous != null && previous.getLine() < s.offending.getLine();
        SourceSpan span =
                phrase.atPrevious() && previous != null && onLaterLine ? TokenSpans.after(previous) : errorPoint(s);
        return skip(s, phrase, span);
    }

    /** A problem after which the parser skips forward from the culprit. */
    private SyntaxProblem skip(ErrorSituation s, Phrase phrase, SourceSpan span) {
        int from = Math.max(s.offending.getTokenIndex(), s.tokens.index());
        return new SyntaxProblem(error(span, phrase.message(), phrase.hint()), from, false);
    }

    private Diagnostic error(SourceSpan span, Text message, @Nullable Text hint) {
        return Diagnostic.error(file, span, message, hint);
    }

    /** The culprit, or the point just after the last token when a line or the input ended early. */
    private static SourceSpan errorPoint(ErrorSituation s) {
        int type = s.offending.getType();
        if (type == Token.EOF || type == NnLexer.NEWLINE) {
            return s.previous == null ? SourceSpan.point(1, 1) : TokenSpans.after(s.previous);
        }
        return TokenSpans.of(s.offending);
    }

    /**
     * A statement keyword at the start of a line, no further right than the statement itself,
     * while brackets of this statement are open: almost surely a '}' or ')' was forgotten and the
     * next statement begins there.
     */
    private static @Nullable Token statementKeywordInsideBrackets(ErrorSituation s) {
        int start = s.statementStart.getTokenIndex();
        Brackets brackets = new Brackets();
        for (int i = start; i <= s.offending.getTokenIndex(); i++) {
            Token token = s.tokens.get(i);
            if (i > start
                    && !brackets.isEmpty()
                    && TokenWords.isStatementKeyword(token)
                    && s.tokens.get(i - 1).getType() == NnLexer.NEWLINE
                    && token.getCharPositionInLine() <= s.statementStart.getCharPositionInLine()) {
                return token;
            }
            brackets.accept(token);
        }
        return null;
    }

    private static @Nullable Text lexicalError(Token token) {
        switch (token.getType()) {
            case NnLexer.ERROR_CHAR:
                return unexpectedCharacter(token.getText());
            case NnLexer.UNTERMINATED_STRING:
                return Text.of("syntax.unterminated_string");
            case NnLexer.UNTERMINATED_COMMENT:
                return Text.of("syntax.unterminated_comment");
            case NnLexer.MALFORMED_NUMBER:
                return Text.of("syntax.malformed_number", token.getText());
            default:
                return null;
        }
    }

    private static Text unexpectedCharacter(String text) {
        if (text.equals("'")) {
            return Text.of("syntax.single_quote");
        }
        int codePoint = text.codePointAt(0);
        int category = Character.getType(codePoint);
        boolean invisible = Character.isISOControl(codePoint)
                || Character.isWhitespace(codePoint)
                || category == Character.SPACE_SEPARATOR
                || category == Character.FORMAT;
        return invisible
                ? Text.of("syntax.unexpected_character", String.format("U+%04X", codePoint))
                : Text.of("syntax.unexpected_character", "'" + text + "'");
    }

    /** A whole malformed token, except an open comment: only its '/*' is marked. */
    private static SourceSpan lexicalSpan(Token token) {
        SourceSpan span = TokenSpans.of(token);
        if (token.getType() == NnLexer.UNTERMINATED_COMMENT) {
            return new SourceSpan(span.line(), span.column(), span.line(), span.column() + 2);
        }
        return span;
    }

    /**
     * A closing bracket that closes nothing, or not the innermost bracket: "unexpected ')'",
     * "missing ']' to close the list opened at line 2". A ')' typed for the ']' of a list or
     * argument list is named as such; a stray one inside a block is just unexpected.
     */
    private static @Nullable Phrase wrongCloser(ErrorSituation s) {
        int type = s.offending.getType();
        if (!Brackets.isCloser(type)) {
            return null;
        }
        Token innermost = s.open.innermost();
        if (innermost != null && innermost.getType() == Brackets.openerFor(type)) {
            return null; // the right closer, too early: the construct says what is missing
        }
        if (s.open.hasOpenerFor(type)) {
            return Phrase.of(TokenWords.missingCloser(innermost));
        }
        if (innermost != null && innermost.getType() != NnLexer.LBRACE) {
            return Phrase.of(TokenWords.wrongCloser(innermost, describe(s.offending)));
        }
        return Phrase.of(Text.of("syntax.unexpected", describe(s.offending)));
    }

    /** A '{' that starts a line after a statement it should have ended, or where a statement was due. */
    private static @Nullable Token braceOnNextLine(ErrorSituation s) {
        if (s.offending.getType() == NnLexer.LBRACE && s.innermost.getRuleIndex() == Nn.RULE_script) {
            return s.offending;
        }
        if (s.offending.getType() != NnLexer.NEWLINE || !s.expects(NnLexer.LBRACE)) {
            return null;
        }
        int i = s.offending.getTokenIndex();
        while (s.tokens.get(i).getType() == NnLexer.NEWLINE) {
            i++;
        }
        Token next = s.tokens.get(i);
        return next.getType() == NnLexer.LBRACE ? next : null;
    }
}
