package dev.neurona.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.lang.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringLiteralsTest {

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
