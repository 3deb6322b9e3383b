package dev.neurona.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.lang.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringLiteralsTest {

    /** What quote writes, the parser reads back as the same text: quotes, backslashes, tabs and line breaks. */
    @Test
    void aQuotedTextReadsBackAsItself() {
        String text = "sale \"price\"\\ in\t€\nper m²";
        String literal = StringLiterals.quote(text);
        assertEquals("\"sale \\\"price\\\"\\\\ in\\t€\\nper m²\"", literal);
        assertEquals(text, StringLiterals.unescape(new org.antlr.v4.runtime.CommonToken(0, literal)));
    }

    /** Found by ScriptFuzzTest: a NUL in a file name reached the checker and failed it with InvalidPathException. */
    @Test
    void aNulCharacterInAStringIsASyntaxErrorAtItsPlace() {
        List<Diagnostic> diagnostics = new NnParser()
                .parse("data d = csv(\"\u0000data/iris.csv\")\n", "t.nn")
                .diagnostics();
        assertEquals(
                List.of("t.nn:1:15: error: a string cannot hold the character U+0000 (NUL); remove it"),
                diagnostics.stream().map(Diagnostic::headline).toList());
    }
}
