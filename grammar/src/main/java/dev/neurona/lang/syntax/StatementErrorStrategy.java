package dev.neurona.lang.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/**
 * Error handling by lines and statements, so that one mistake gives one message and the next
 * line is read afresh.
 *
 * <ul>
 *   <li>It never invents or drops a token to keep going: where the default strategy would insert
 *       a missing token or delete an extra one, this one fails.
 *   <li>Each failure is phrased by {@link SyntaxMessages}; later failures are silent until the
 *       parser has moved past the broken part.
 *   <li>Inside a block, a broken line (a layer or an option) is skipped to its end and the block
 *       goes on with the next line.
 *   <li>Elsewhere the failure unwinds to the statement (each enclosing rule rethrows it), which
 *       skips to its end: the next new line or ';' outside brackets. An error between statements
 *       (a line that does not start with a keyword) skips that line; the parser's caller then
 *       restarts the script rule after it.
 * </ul>
 */
final class StatementErrorStrategy extends DefaultErrorStrategy {

    private final SyntaxMessages messages;
    private final List<SyntaxProblem> problems = new ArrayList<>();
    private final Set<ParserRuleContext> brokenStatements = Collections.newSetFromMap(new IdentityHashMap<>());
    private @Nullable SyntaxProblem pending;

    StatementErrorStrategy(SyntaxMessages messages) {
        this.messages = messages;
    }

    /** The errors found so far, in the order they were met. */
    List<SyntaxProblem> problems() {
        return problems;
    }

    /** Whether an error was found inside this statement, even one recovered from. */
    boolean isBroken(Nn.StatementContext statement) {
        return brokenStatements.contains(statement);
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return; // the same failure, seen again by an enclosing rule
        }
        beginErrorCondition(recognizer);
        pending = messages.problemAt(recognizer, e);
        record(pending, recognizer.getContext());
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        ParserRuleContext ctx = recognizer.getContext();
        TokenStream tokens = recognizer.getInputStream();
        SyntaxProblem problem = pending;
        if (ctx instanceof Nn.EntryContext && problem != null && staysInBlock(problem, tokens)) {
            skipBrokenLine(problem, tokens, ctx.getStart().getTokenIndex());
        } else if (ctx instanceof Nn.StatementContext) {
            skipBrokenStatement(tokens, ctx.getStart().getTokenIndex());
        } else if (ctx instanceof Nn.ScriptContext) {
            skipBrokenStatement(tokens, tokens.index());
        } else {
            throw e; // let the enclosing rule catch it, up to the block line or the statement
        }
        pending = null;
        endErrorCondition(recognizer);
    }

    /** After an error in a block's line: on to the next line of the block. */
    private void skipBrokenLine(SyntaxProblem problem, TokenStream tokens, int lineStart) {
        int from = Math.max(problem.resumeIndex(), tokens.index());
        if (startsLaterLine(tokens, from)) {
            tokens.seek(from - 1); // an unclosed bracket ran on into this line: read it as a line of its own
        } else {
            Brackets open = Brackets.scan(tokens, lineStart, from);
            tokens.seek(from);
            skipRestOfLine(tokens, open);
        }
    }

    /** After an error in a statement or between statements: on to the next statement. */
    private void skipBrokenStatement(TokenStream tokens, int statementStart) {
        if (pending != null && pending.resumeAtStatement()) {
            tokens.seek(pending.resumeIndex());
        } else {
            int from = pending != null ? Math.max(pending.resumeIndex(), tokens.index()) : tokens.index();
            skipToStatementEnd(tokens, statementStart, from);
        }
    }

    /** Never conjures a missing token: fails instead. */
    @Override
    public Token recoverInline(Parser recognizer) {
        throw new InputMismatchException(recognizer);
    }

    /**
     * Checks, before a choice or loop, that the next token can start one of its branches. When it
     * cannot: in a block's list of lines, reports it and skips the rest of the line; elsewhere,
     * fails at once instead of deleting tokens as the default strategy does.
     */
    @Override
    public void sync(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
        IntervalSet next = recognizer.getATN().nextTokens(state);
        TokenStream tokens = recognizer.getInputStream();
        int la = tokens.LA(1);
        if (next.contains(la) || next.contains(Token.EPSILON)) {
            return;
        }
        switch (state.getStateType()) {
            case ATNState.BLOCK_START:
            case ATNState.STAR_BLOCK_START:
            case ATNState.PLUS_BLOCK_START:
            case ATNState.STAR_LOOP_ENTRY:
            case ATNState.PLUS_LOOP_BACK:
            case ATNState.STAR_LOOP_BACK:
                break;
            default:
                return;
        }
        InputMismatchException e = new InputMismatchException(recognizer);
        if (recognizer.getContext() instanceof Nn.BlockContext) {
            SyntaxProblem problem = messages.problemAt(recognizer, e);
            if (staysInBlock(problem, tokens)) {
                record(problem, recognizer.getContext());
                skipRestOfLine(tokens, new Brackets());
                return;
            }
        }
        throw e;
    }

    private void record(SyntaxProblem problem, ParserRuleContext ctx) {
        problems.add(problem);
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof Nn.StatementContext) {
                brokenStatements.add(c);
            }
        }
    }

    /**
     * Whether parsing can go on with the block's next line: not when the input ended (the block
     * is unclosed) nor when the next statement seems to start inside the block.
     */
    private static boolean staysInBlock(@Nullable SyntaxProblem problem, TokenStream tokens) {
        return problem != null
                && !problem.resumeAtStatement()
                && tokens.get(problem.resumeIndex()).getType() != Token.EOF;
    }

    /** Whether the token at {@code index} is the first of its line and no closing bracket. */
    private static boolean startsLaterLine(TokenStream tokens, int index) {
        Token token = tokens.get(index);
        return index > 0
                && tokens.get(index - 1).getType() == NnLexer.NEWLINE
                && !Brackets.isCloser(token.getType())
                && token.getType() != Token.EOF;
    }

    /**
     * Moves to the end of a block's line: the next new line or ';' outside the brackets opened on
     * it, or the '}' that closes the block. A stray ')' or ']' is skipped with the line.
     */
    private static void skipRestOfLine(TokenStream tokens, Brackets open) {
        while (true) {
            Token token = tokens.LT(1);
            int type = token.getType();
            boolean lineEnd = type == NnLexer.NEWLINE || type == NnLexer.SEMI;
            boolean blockEnd = type == NnLexer.RBRACE && !open.hasOpenerFor(NnLexer.RBRACE);
            if (type == Token.EOF || blockEnd || (lineEnd && open.isEmpty())) {
                return;
            }
            open.accept(token);
            tokens.consume();
        }
    }

    /** Moves to the next new line or ';' outside the brackets open since the statement's start. */
    private static void skipToStatementEnd(TokenStream tokens, int statementStart, int from) {
        Brackets open = Brackets.scan(tokens, Math.min(statementStart, from), from);
        tokens.seek(from);
        while (true) {
            Token token = tokens.LT(1);
            int type = token.getType();
            if (type == Token.EOF || (open.isEmpty() && (type == NnLexer.NEWLINE || type == NnLexer.SEMI))) {
                return;
            }
            open.accept(token);
            tokens.consume();
        }
    }
}
