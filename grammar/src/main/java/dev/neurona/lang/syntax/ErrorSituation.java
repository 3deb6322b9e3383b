package dev.neurona.lang.syntax;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/** Everything known about one syntax error, gathered once for {@link SyntaxMessages}. */
final class ErrorSituation {

    final TokenStream tokens;
    /** The token where the parser failed. */
    final Token offending;
    /** The token just before the culprit, or null. */
    final @Nullable Token previousRaw;
    /** The last token before the culprit that is not a line break, or null. */
    final @Nullable Token previous;
    /** The tokens the innermost rule could have accepted instead. */
    final IntervalSet expected;
    /** The rule that was parsing when the error was found. */
    final ParserRuleContext innermost;
    /** The statement's first token; the culprit itself for an error between statements. */
    final Token statementStart;
    /** The brackets open just before the culprit. */
    final Brackets open;

    ErrorSituation(Parser parser, RecognitionException e) {
        tokens = parser.getInputStream();
        offending = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        int index = offending.getTokenIndex();
        previousRaw = index > 0 ? tokens.get(index - 1) : null;
        int p = index - 1;
        while (p >= 0 && tokens.get(p).getType() == NnLexer.NEWLINE) {
            p--;
        }
        previous = p >= 0 ? tokens.get(p) : null;
        expected = e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        innermost = parser.getContext();
        ParserRuleContext statement = enclosing(Nn.StatementContext.class);
        statementStart = statement != null ? statement.getStart() : offending;
        open = openBracketsBefore(index);
    }

    boolean expects(int type) {
        return expected.contains(type);
    }

    boolean previousIs(int type) {
        return previous != null && previous.getType() == type;
    }

    /** Whether the culprit directly follows the statement's keyword. */
    boolean previousIsKeyword() {
        return previous != null
                && previous.getTokenIndex() == statementStart.getTokenIndex()
                && TokenWords.isStatementKeyword(previous);
    }

    /** Whether the token is the first of its line (or of a block, or after ';'). */
    boolean isFirstOnLine(Token token) {
        int index = token.getTokenIndex();
        if (index == 0) {
            return true;
        }
        int before = tokens.get(index - 1).getType();
        return before == NnLexer.NEWLINE || before == NnLexer.SEMI || before == NnLexer.LBRACE;
    }

    /** The token after the culprit (the end of input at the end). */
    Token next() {
        return tokens.get(Math.min(offending.getTokenIndex() + 1, tokens.size() - 1));
    }

    /**
     * The brackets open just before the token at {@code index}. Inside a block these are the
     * block's brace plus the brackets of the current line, since earlier lines may have been
     * skipped with brackets left open; elsewhere, the brackets opened since the statement began.
     */
    Brackets openBracketsBefore(int index) {
        ParserRuleContext block = enclosing(Nn.BlockContext.class);
        if (block == null
                || block.getStart().getType() != NnLexer.LBRACE
                || index <= block.getStart().getTokenIndex()) {
            return Brackets.scan(tokens, statementStart.getTokenIndex(), index);
        }
        ParserRuleContext entry = enclosing(Nn.EntryContext.class);
        int entryStart = entry != null ? entry.getStart().getTokenIndex() : index;
        int lineStart = Math.min(entryStart, index);
        Brackets brackets = new Brackets();
        brackets.accept(block.getStart());
        for (int i = lineStart; i < index; i++) {
            brackets.accept(tokens.get(i));
        }
        return brackets;
    }

    /** The innermost rule of this kind around the error, or null. */
    @Nullable
    ParserRuleContext enclosing(Class<? extends ParserRuleContext> type) {
        for (ParserRuleContext c = innermost; c != null; c = c.getParent()) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        return null;
    }
}
