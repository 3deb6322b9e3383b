package dev.neurona.lang.syntax;

import static dev.neurona.lang.syntax.Parsing.PARSER;
import static dev.neurona.lang.syntax.Parsing.statement;
import static dev.neurona.lang.syntax.Parsing.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.ast.AstPrinter;
import dev.neurona.lang.ast.DataStmt;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.ModelStmt;
import dev.neurona.lang.ast.NumberLit;
import dev.neurona.lang.ast.SeedStmt;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.ast.TrainStmt;
import dev.neurona.lang.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaks, ';', comments, and keywords used as names. */
class LayoutTest {

    @Test
    void oneLineBlockSeparatesEntriesWithSemicolons() {
        ModelStmt model = statement("model m { input 4; dense 3 softmax }", ModelStmt.class);
        assertEquals(
                List.of("input 4", "dense 3 softmax"), entries(model.layers().entries()));
        assertEquals("model m {\n  input 4\n  dense 3 softmax\n}", AstPrinter.print(model));
    }

    @Test
    void emptyBlocksAndExtraSeparatorsAreFine() {
        assertEquals(
                List.of(), statement("model m {}", ModelStmt.class).layers().entries());
        assertEquals(
                List.of(), statement("model m {\n\n}", ModelStmt.class).layers().entries());
        ModelStmt model = statement("model m { ; input 4;; ;dense 3; }", ModelStmt.class);
        assertEquals(List.of("input 4", "dense 3"), entries(model.layers().entries()));
        assertEquals(3, statements(";;seed 1;;\n;seed 2;\n\nseed 3;").size());
    }

    @Test
    void argumentListsAndListsWrap() {
        DataStmt data = statement("data d = csv(\n  \"a.csv\",\n  delimiter=\";\"\n)", DataStmt.class);
        assertEquals("data d = csv(\"a.csv\", delimiter=\";\")", AstPrinter.print(data));
        SeedStmt seed = statement("seed (\n1 +\n  2 *\n 3\n)", SeedStmt.class);
        assertEquals("seed (1 + (2 * 3))", AstPrinter.print(seed));
        ModelStmt model = statement("model m {\n  input 4\n  dense [1,\n\n 2\n] relu,\n  tanh\n}", ModelStmt.class);
        assertEquals(
                List.of("input 4", "dense [1, 2] relu, tanh"),
                entries(model.layers().entries()));
    }

    @Test
    void commentsOfAllKindsAreIgnored() {
        List<Statement> script = statements("""
                # a hash comment
                // a slash comment
                seed 1 # after a statement
                seed /* inside */ 2 // and after
                /* spanning
                   lines */
                model m { # after a brace
                  input 4 /* between */ ; dense 1 // end
                } # closing
                """);
        assertEquals(
                List.of("seed 1", "seed 2", "model m {\n  input 4\n  dense 1\n}"),
                script.stream().map(AstPrinter::print).toList());
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreAccepted() {
        List<Statement> script = statements("\uFEFFseed 1\r\nmodel m {\r\n  input 4\r\n}\r\nseed 2");
        assertEquals(3, script.size());
        assertEquals(new SourceSpan(5, 1, 5, 7), script.get(2).span());
    }

    @Test
    void emptyScriptsHaveNoStatements() {
        assertEquals(List.of(), statements(""));
        assertEquals(List.of(), statements("\n\n  # nothing here\n/* nor here */\n"));
    }

    @Test
    void statementKeywordsAreNotReservedAsNames() {
        TrainStmt train =
                statement("train train on data.train { split train 90%, model 10%; data on model }", TrainStmt.class);
        assertEquals("train", train.model().name());
        assertEquals("data.train", train.data().text());
        assertEquals(
                List.of("split train 90%, model 10%", "data on model"),
                entries(train.options().orElseThrow().entries()));
        assertEquals(
                "model seed = sweep(report=1)",
                AstPrinter.print(statement("model seed = sweep(report=1)", Statement.class)));
    }

    @Test
    void parenthesesAfterALinesNameHoldItsItems() {
        TrainStmt train = statement(
                "train m on d {\n  early_stop(patience=3, monitor=val_loss)\n"
                        + "  early_stop patience=3 monitor=val_loss\n  scale (1 + 2) / 3\n  shuffle()\n}",
                TrainStmt.class);
        List<Entry> entries = train.options().orElseThrow().entries();
        assertEquals(AstPrinter.print(entries.get(0)), AstPrinter.print(entries.get(1)));
        assertEquals("early_stop patience=3 monitor=val_loss", AstPrinter.print(entries.get(0)));
        assertEquals("scale ((1 + 2) / 3)", AstPrinter.print(entries.get(2)));
        assertEquals(List.of(), entries.get(3).clauses());
    }

    @Test
    void aBrokenStatementIsLeftOutAndTheOthersKept() {
        ParseResult result = PARSER.parse("seed 1\nseed\nseed 3\nmodel m {\n  dense 3 )\n}\nseed 4\n", "test.nn");
        assertEquals(2, result.diagnostics().size());
        assertTrue(result.hasErrors());
        assertEquals(
                List.of("seed 1", "seed 3", "seed 4"),
                result.script().statements().stream().map(AstPrinter::print).toList());
        assertEquals("test.nn", result.script().file());
    }

    @Test
    void statementSpansCoverTheStatementOnly() {
        List<Statement> script = statements("seed 1; model m { input 4 }  # comment\n  evaluate m on d to \"x\"");
        assertEquals(new SourceSpan(1, 1, 1, 7), script.get(0).span());
        assertEquals(new SourceSpan(1, 9, 1, 28), script.get(1).span());
        assertEquals(new SourceSpan(2, 3, 2, 25), script.get(2).span());
        assertInstanceOf(ModelStmt.class, script.get(1));
    }

    @Test
    void nestingBeyondTheStackIsAnErrorNotACrash() {
        NumberLit nested = assertInstanceOf(NumberLit.class, Parsing.expr("(".repeat(50) + "1" + ")".repeat(50)));
        assertEquals(1.0, nested.value());

        int depth = 100_000;
        ParseResult result = PARSER.parse("seed 1\nseed " + "(".repeat(depth) + "1" + ")".repeat(depth), "deep.nn");
        assertEquals(
                List.of(Diagnostic.error(
                        "deep.nn",
                        new SourceSpan(2, 5 + depth, 2, 6 + depth),
                        "this is nested too deeply to be read; write it in several simpler steps")),
                result.diagnostics());
        assertEquals(List.of(), result.script().statements());
    }

    private static List<String> entries(List<Entry> entries) {
        return entries.stream().map(AstPrinter::print).toList();
    }
}
