package dev.neurona.lang.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.lang.ast.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout of section 3 of the language contract, character for character. */
class DiagnosticRendererTest {

    private static final String SCRIPT = "\n".repeat(20) + "train mlp on iris.train\n\n\n  optimizer adma(lr=0.1)\n";

    @Test
    void rendersTheContractsExample() {
        Diagnostic inputs = Diagnostic.error(
                "digits.nn",
                new SourceSpan(21, 7, 21, 10),
                "model 'mlp' expects 784 inputs, but 'iris.train' has 4 features");
        Diagnostic optimizer = Diagnostic.error(
                "digits.nn",
                new SourceSpan(24, 13, 24, 17),
                Suggestions.withSuggestion("unknown optimizer 'adma'", "adma", List.of("sgd", "adam", "adamw")));

        assertEquals("""
                digits.nn:21:7: error: model 'mlp' expects 784 inputs, but 'iris.train' has 4 features
                   21 | train mlp on iris.train
                      |       ^^^
                digits.nn:24:13: error: unknown optimizer 'adma'; did you mean 'adam'?
                   24 |   optimizer adma(lr=0.1)
                      |             ^^^^
                """, new DiagnosticRenderer(SCRIPT).render(List.of(inputs, optimizer)));
    }

    @Test
    void rendersWarningsAndHints() {
        Diagnostic warning = new Diagnostic(
                Severity.WARNING,
                "a.nn",
                new SourceSpan(2, 7, 2, 9),
                "'m2' is defined again",
                "give the second model another name");
        assertEquals("""
                a.nn:2:7: warning: 'm2' is defined again
                    2 | model m2 { input 1 }
                      |       ^^
                      = help: give the second model another name
                """, new DiagnosticRenderer("model m2 { input 2 }\nmodel m2 { input 1 }\n").render(warning));
    }

    @Test
    void pointsAtTheEndOfALineOrPastTheLastLine() {
        DiagnosticRenderer renderer = new DiagnosticRenderer("seed\n");
        assertEquals(
                """
                a.nn:1:5: error: expected a number after 'seed'
                    1 | seed
                      |     ^
                """,
                renderer.render(Diagnostic.error("a.nn", SourceSpan.point(1, 5), "expected a number after 'seed'")));
        assertEquals("""
                a.nn:2:1: error: at the very end
                    2 |\s
                      | ^
                """, renderer.render(Diagnostic.error("a.nn", SourceSpan.point(2, 1), "at the very end")));
    }

    @Test
    void underlinesOnlyTheFirstLineOfALongSpan() {
        String source = "model m {\r\n  input 4\r\n}\r\n";
        assertEquals(
                """
                m.nn:1:9: error: a block
                    1 | model m {
                      |         ^
                """,
                new DiagnosticRenderer(source).render(Diagnostic.error("m.nn", new SourceSpan(1, 9, 3, 2), "a block")));
        assertEquals(
                """
                m.nn:1:1: error: the whole first line
                    1 | model m {
                      | ^^^^^^^^^
                """,
                new DiagnosticRenderer(source)
                        .render(Diagnostic.error("m.nn", new SourceSpan(1, 1, 2, 1), "the whole first line")));
    }

    @Test
    void keepsTabsSoThatTheCaretsStayAligned() {
        assertEquals(
                "t.nn:1:3: error: here\n    1 | \t\tx\n      | \t\t^\n",
                new DiagnosticRenderer("\t\tx").render(Diagnostic.error("t.nn", new SourceSpan(1, 3, 1, 4), "here")));
    }

    @Test
    void widensTheGutterForLongScripts() {
        String source = "\n".repeat(123456) + "oops\n";
        assertEquals(
                "big.nn:123457:1: error: long\n123457 | oops\n       | ^^^^\n",
                new DiagnosticRenderer(source)
                        .render(Diagnostic.error("big.nn", new SourceSpan(123457, 1, 123457, 5), "long")));
    }

    @Test
    void withoutAPositionOrSourceOnlyTheHeadlineIsPrinted() {
        Diagnostic fileLevel = Diagnostic.error("data.nn", null, "file 'iris.csv' does not exist", "check the path");
        assertEquals(
                "data.nn: error: file 'iris.csv' does not exist\n      = help: check the path\n",
                new DiagnosticRenderer("seed 1").render(fileLevel));
        assertEquals(
                "x.nn:1:1: error: no source\n",
                new DiagnosticRenderer(null).render(Diagnostic.error("x.nn", SourceSpan.point(1, 1), "no source")));
    }

    @Test
    void printsFiftyDiagnosticsThenCountsTheRest() {
        List<Diagnostic> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 57; i++) {
            many.add(
                    i % 8 == 0
                            ? Diagnostic.warning("a.nn", null, "warning " + i)
                            : Diagnostic.error("a.nn", null, "error " + i));
        }

        String shown = new DiagnosticRenderer(null).render(many);

        String[] lines = shown.split("\n");
        assertEquals(51, lines.length);
        assertEquals("a.nn: error: error 50", lines[49]);
        assertEquals("... and 7 more: 6 errors, 1 warning", lines[50]);
    }

    @Test
    void escapesControlCharactersFromScriptsAndData() {
        Diagnostic d = new Diagnostic(
                Severity.ERROR,
                "a\u001b]0;x\u0007.nn",
                new SourceSpan(1, 8, 1, 13),
                "'\u001b[2J' is not a number",
                "drop the \u009b sequence");

        assertEquals("""
                a\\u001B]0;x\\u0007.nn:1:8: error: '\\u001B[2J' is not a number
                    1 | print "\u241b[2J"
                      |        ^^^^^
                      = help: drop the \\u009B sequence
                """, new DiagnosticRenderer("print \"\u001b[2J\"\n").render(d));
    }
}
