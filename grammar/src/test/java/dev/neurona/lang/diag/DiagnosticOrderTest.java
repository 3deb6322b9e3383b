package dev.neurona.lang.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.lang.ast.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticOrderTest {

    @Test
    void wholeFileFirstThenByLineThenColumnKeepingTheOrderFoundAtOnePlace() {
        Diagnostic late = Diagnostic.error("a.nn", SourceSpan.point(3, 1), "line 3");
        Diagnostic rightOfTwo = Diagnostic.error("a.nn", SourceSpan.point(2, 9), "line 2, column 9");
        Diagnostic leftOfTwo = Diagnostic.error("a.nn", SourceSpan.point(2, 4), "line 2, column 4, first");
        Diagnostic sameSpot = Diagnostic.warning("a.nn", SourceSpan.point(2, 4), "line 2, column 4, second");
        Diagnostic wholeFile = Diagnostic.error("a.nn", null, "the whole file");
        List<Diagnostic> found = new ArrayList<>(List.of(late, rightOfTwo, leftOfTwo, sameSpot, wholeFile));

        found.sort(Diagnostic.BY_POSITION);

        assertEquals(List.of(wholeFile, leftOfTwo, sameSpot, rightOfTwo, late), found);
    }
}
