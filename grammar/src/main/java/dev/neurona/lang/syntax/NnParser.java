package dev.neurona.lang.syntax;

import dev.neurona.lang.ast.Script;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * The one entry point to the .nn syntax: text in, syntax tree and plain-worded errors out.
 * Nothing outside this package sees ANTLR.
 *
 * <p>Errors are reported at most one per statement, or per line inside a block, each with its
 * file, line and column. After an error the parser skips to the end of that statement or line (the
 * next new line or ';' outside brackets) and carries on, so every broken statement of a script is
 * reported and no mistake twice. A statement keyword at the start of a line inside an unclosed
 * block is taken as a forgotten '}', and parsing resumes there.
 *
 * <p>Instances hold no state between calls and may be shared between threads.
 */
public final class NnParser {

    /** The words a statement starts with: seed, data, model, train, ... */
    public static List<String> statementKeywords() {
        return SyntaxMessages.STATEMENT_KEYWORDS;
    }

    /**
     * Parses a script.
     *
     * @param source the script's text
     * @param fileName the name shown in diagnostics, such as {@code digits.nn}
     * @return the statements that parsed (all of them when there is no error) and the errors
     */
    public ParseResult parse(String source, String fileName) {
        return run(source, fileName).result;
    }

    /** Parses statement after statement; reports a script too deeply nested for the stack as an error. */
    private static Run run(String source, String fileName) {
        try {
            return parseStatements(source, fileName);
        } catch (StackOverflowError e) {
            Diagnostic tooDeep = Diagnostic.error(fileName, deepestBracket(source), Text.of("syntax.too_deep"));
            return new Run(new ParseResult(new Script(fileName, List.of()), List.of(tooDeep)), List.of());
        }
    }

    /** Where the most brackets are open, or the start of the script. */
    private static SourceSpan deepestBracket(String source) {
        Brackets brackets = new Brackets();
        Token deepest = null;
        int maxDepth = 0;
        for (Token token : tokens(source, "").getTokens()) {
            brackets.accept(token);
            if (brackets.depth() > maxDepth) {
                maxDepth = brackets.depth();
                deepest = token;
            }
        }
        return deepest == null ? SourceSpan.point(1, 1) : TokenSpans.of(deepest);
    }

    /**
     * Whether the text is an unfinished statement that more lines could complete, so that the
     * REPL should ask for another line instead of reporting errors: the text ends inside an open
     * brace, parenthesis or square bracket, right after an operator ({@code + - * /}), or inside
     * a block comment; and no error lies before the statement that is still open, nor does a
     * statement keyword start a line inside it (a forgotten closer). Other errors inside that
     * statement are reported once it is complete.
     */
    public boolean isIncomplete(String source) {
        CommonTokenStream tokens = tokens(source, "<input>");
        List<Token> all = tokens.getTokens();
        Brackets brackets = new Brackets();
        Token lastStatementStart = null;
        Token lastSignificant = null;
        for (Token token : all) {
            if (token.getType() == Token.EOF) {
                break;
            }
            brackets.accept(token);
            boolean ends = token.getType() == NnLexer.SEMI
                    || (token.getType() == NnLexer.NEWLINE
                            && !(lastSignificant != null && TokenWords.isOperator(lastSignificant.getType())));
            if (ends && brackets.isEmpty()) {
                lastStatementStart = null;
            } else if (lastStatementStart == null && !ends) {
                lastStatementStart = token;
            }
            if (token.getType() != NnLexer.NEWLINE) {
                lastSignificant = token;
            }
        }
        if (lastSignificant == null) {
            return false;
        }
        boolean open = !brackets.isEmpty()
                || TokenWords.isOperator(lastSignificant.getType())
                || lastSignificant.getType() == NnLexer.UNTERMINATED_COMMENT;
        if (!open || lastStatementStart == null) {
            return false;
        }
        SourceSpan start = TokenSpans.of(lastStatementStart);
        Run run = run(source, "<input>");
        return run.problems.stream().noneMatch(SyntaxProblem::resumeAtStatement)
                && run.result.diagnostics().stream()
                        .noneMatch(d -> d.span() != null && d.span().isBefore(start));
    }

    /** Parses statement after statement; an error between statements restarts the script rule after it. */
    private static Run parseStatements(String source, String fileName) {
        CommonTokenStream tokens = tokens(source, fileName);
        Nn parser = new Nn(tokens);
        parser.removeErrorListeners();
        StatementErrorStrategy strategy = new StatementErrorStrategy(new SyntaxMessages(fileName));
        parser.setErrorHandler(strategy);

        AstBuilder builder = new AstBuilder();
        List<Statement> statements = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        while (true) {
            int before = tokens.index();
            Nn.ScriptContext script = parser.script();
            for (Nn.StatementContext statement : script.statement()) {
                if (statement.exception != null || strategy.isBroken(statement)) {
                    continue;
                }
                try {
                    statements.add(builder.statement(statement));
                } catch (AstBuildException e) {
                    diagnostics.add(Diagnostic.error(fileName, e.span(), e.text()));
                }
            }
            if (script.exception == null) {
                break; // reached the end of input
            }
            // An error between statements ends the script rule early: start it again after the error.
            if (tokens.index() == before && tokens.LA(1) != Token.EOF) {
                tokens.consume();
            }
        }
        for (SyntaxProblem problem : strategy.problems()) {
            diagnostics.add(problem.diagnostic());
        }
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new Run(new ParseResult(new Script(fileName, statements), diagnostics), strategy.problems());
    }

    private static CommonTokenStream tokens(String source, String fileName) {
        NnLexer lexer = new NnLexer(CharStreams.fromString(source, fileName));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill(); // error messages look ahead past the failing token
        return tokens;
    }

    private record Run(ParseResult result, List<SyntaxProblem> problems) {}
}
