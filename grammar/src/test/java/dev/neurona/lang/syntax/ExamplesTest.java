package dev.neurona.lang.syntax;

import static dev.neurona.lang.syntax.Parsing.PARSER;
import static dev.neurona.lang.syntax.Parsing.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.lang.ast.AstPrinter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example scripts beside the tests (the language contract's complete script, its sweep, every
 * form it shows, and layout variations) parse without errors into the trees written next to them
 * in canonical form.
 */
class ExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"digits", "sweep", "snippets", "layout"})
    void parsesIntoTheExpectedTree(String name) {
        String source = resource("examples/" + name + ".nn");
        ParseResult result = PARSER.parse(source, name + ".nn");

        assertEquals(List.of(), result.diagnostics());
        assertEquals(resource("examples/" + name + ".ast"), AstPrinter.print(result.script()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"digits", "sweep", "snippets", "layout"})
    void printedTreeParsesIntoTheSameTree(String name) {
        String printed = AstPrinter.print(
                PARSER.parse(resource("examples/" + name + ".nn"), name).script());
        ParseResult reparsed = PARSER.parse(printed, name);

        assertEquals(List.of(), reparsed.diagnostics());
        assertEquals(printed, AstPrinter.print(reparsed.script()));
    }
}
