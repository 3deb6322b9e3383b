package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.nn.dense.DenseSpec;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A REPL feeds a session one entry at a time: each is checked against what the session already holds. */
class ReplSessionTest {

    @TempDir
    Path dir;

    private Captured repl;

    @BeforeEach
    void start() {
        TinyData.pets(dir);
        repl = new Captured(dir, null, 1, false, true);
    }

    @Test
    void namesLiveFromOneEntryToTheNext() {
        assertOk(repl.session.execute("data pets = csv(\"pets.csv\") { split train 80%, test 20% }"));
        assertOk(repl.session.execute("model m { input pets; dense 2 softmax }"));
        assertOk(repl.session.execute("train m on pets.train { epochs 2 }"));
        assertOk(repl.session.execute("evaluate m on pets.test"));

        assertEquals(Set.of("pets", "m"), repl.session.names());
        assertTrue(repl.session.isModel("m"));
        assertEquals(12, repl.session.data("pets.test").rows());
        assertEquals(2, repl.session.model("m").history().size());
        assertThrows(NoSuchElementException.class, () -> repl.session.model("pets"));
        assertEquals("", repl.err());
    }

    @Test
    void laterEntriesAreCheckedAgainstWhatExists() {
        assertOk(repl.session.execute("data pets = csv(\"pets.csv\")"));
        assertOk(repl.session.execute("model wide { input 9; dense 2 softmax }"));

        Outcome outcome = repl.session.execute("train wide on pets");

        assertEquals(Outcome.Status.SCRIPT_ERROR, outcome.status());
        assertEquals("""
                <input>:1:7: error: model 'wide' expects 9 inputs, but 'pets' has 4 features
                    1 | train wide on pets
                      |       ^^^^
                """, repl.err());
        assertEquals(0, repl.session.model("wide").history().size(), "nothing ran");
    }

    @Test
    void redefiningIsNormalAndSuggestionsUseLiveNames() {
        assertOk(repl.session.execute("model m { input 4; dense 2 softmax }"));
        assertOk(repl.session.execute("model m { input 4; dense 8 relu; dense 2 softmax }"));
        assertEquals("", repl.err(), "no warning in the REPL");
        assertEquals(8, ((DenseSpec) repl.session.model("m").spec().layers().get(0)).units());

        repl.session.execute("print mm");
        assertTrue(repl.err().startsWith("<input>:1:7: error: unknown name 'mm'; did you mean 'm'?"), repl.err());
    }

    @Test
    void aTemplateFromAnEarlierEntryIsReportedAtTheNewInstance() {
        assertOk(repl.session.execute("model t(h = 4) { input 4; dense h*2 relu; dense 2 softmax }"));

        Outcome outcome = repl.session.execute("model z = t(h=0)", "entry.nn");

        assertEquals(Outcome.Status.SCRIPT_ERROR, outcome.status());
        assertEquals("""
                entry.nn:1:11: error: in template 't': dense needs at least 1 unit, got 0
                    1 | model z = t(h=0)
                      |           ^
                """, repl.err());
        assertOk(repl.session.execute("model z = t(h=3)"));
        assertEquals(6, ((DenseSpec) repl.session.model("z").spec().layers().get(0)).units());
    }

    @Test
    void checkRunsNothing() {
        Outcome outcome = repl.session.check("data pets = csv(\"pets.csv\")\nprint pets", "x.nn");

        assertEquals(Outcome.Status.OK, outcome.status());
        assertEquals("", repl.out());
        assertEquals(Set.of(), repl.session.names());
    }

    private void assertOk(Outcome outcome) {
        assertEquals(Outcome.Status.OK, outcome.status(), repl.err());
    }
}
