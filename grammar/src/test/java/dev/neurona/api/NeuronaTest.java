package dev.neurona.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.runtime.Model;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeuronaTest {
    @TempDir
    Path dir;

    private void copyIris() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/diagnostics/data/iris.csv")) {
            Files.copy(in, dir.resolve("iris.csv"));
        }
    }

    @Test
    void trainsFromASpecStringAndPredictsRawMeasurementsWithoutPrintingAnything() throws IOException {
        copyIris();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try (NeuronaSession nn = Neurona.session(dir)) {
            nn.run("""
                    seed 7
                    data iris = csv("iris.csv") { target species }
                    model m { input iris; dense 8 relu; dense 3 softmax }
                    train m on iris { optimizer adam(lr=0.05); epochs 60; batch 5 }
                    print "this goes nowhere"
                    """);
            Model m = nn.model("m");
            assertEquals("setosa", m.predictClass(5.1, 3.5, 1.4, 0.2));
            assertEquals("virginica", m.predictClass(6.3, 3.3, 6.0, 2.5));
            assertTrue(nn.evaluate("m", "iris").accuracy() > 0.9);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWrongSpecComesBackAsDiagnosticsWithPlaceAndSuggestion() {
        List<Diagnostic> problems = Neurona.check("model m {\n  input 4\n  dense 3 sofmax\n}\n");
        Diagnostic first = problems.get(0);
        assertTrue(first.isError());
        assertEquals("<input>", first.file());
        assertEquals(3, first.span().line());
        assertEquals(11, first.span().column());
        assertTrue(first.message().contains("did you mean 'softmax'?"), first.message());
    }

    @Test
    void runningWrongTextThrowsTheOneUncheckedExceptionWithItsDiagnostics() {
        try (NeuronaSession nn = Neurona.session(dir)) {
            ScriptException e =
                    assertThrows(ScriptException.class, () -> nn.run("train nothing on nowhere { epochs 1 }"));
            assertFalse(e.diagnostics().isEmpty());
            assertTrue(e.getMessage().startsWith("<input>:1:"), e.getMessage());
            assertTrue(nn.names().isEmpty(), "nothing ran");
        }
    }

    @Test
    void loadingAMissingModelFileIsADiagnosticNamingTheFile() {
        Path missing = dir.resolve("none.nnm");
        ScriptException e = assertThrows(ScriptException.class, () -> Neurona.load(missing));
        assertEquals(missing.toString(), e.diagnostics().get(0).file());
    }
}
