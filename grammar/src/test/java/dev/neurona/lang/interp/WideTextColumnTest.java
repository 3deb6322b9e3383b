package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text column that one-hot encodes wide (an identifier-like column past 20 categories, any
 * column past 1,000) is warned of where the data statement is, with the {@code ignore} that
 * leaves it out; the run goes on, and the warning is in the outcome.
 */
class WideTextColumnTest {
    @TempDir
    Path dir;

    /** {@code rows} rows: a number, a colour of three, a code of {@code codes} values, a class of two. */
    private void write(int rows, int codes) {
        StringBuilder text = new StringBuilder("x,colour,code,label\n");
        for (int r = 0; r < rows; r++) {
            text.append(r % 7)
                    .append(',')
                    .append(List.of("red", "green", "blue").get(r % 3))
                    .append(',')
                    .append(String.format(Locale.ROOT, "c%04d", r % codes))
                    .append(',')
                    .append(r % 2 == 0 ? "yes" : "no")
                    .append('\n');
        }
        TestFiles.write(dir.resolve("t.csv"), text.toString());
    }

    private static List<Diagnostic> warnings(Outcome outcome) {
        return outcome.diagnostics().stream()
                .filter(d -> d.severity() == Severity.WARNING)
                .toList();
    }

    @Test
    void anIdentifierLikeColumnIsWarnedOfAtItsDataStatement() {
        write(60, 60);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    data d = csv("t.csv")
                    model m { input d; dense 2 softmax }
                    train m on d { epochs 1 }
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertTrue(
                    run.err()
                            .contains("test.nn:1:10: warning: column 'code' has 60 different texts in 60 rows,"
                                    + " more than one for every two rows"),
                    run.err());
            assertTrue(
                    run.err()
                            .contains(
                                    "= help: if the column does not help to predict, add 'ignore code' to the data options"),
                    run.err());
            assertFalse(run.err().contains("'colour'"), "three colours are ordinary: " + run.err());
            assertEquals(1, warnings(outcome).size(), outcome.diagnostics().toString());
            assertTrue(run.out().contains("epoch 1/1"), "the run goes on: " + run.out());
        }
    }

    @Test
    void theSameColumnIsWarnedOfWhenStreamed() {
        write(60, 60);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("data d = csv(\"t.csv\") { stream }\n");

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertTrue(
                    run.err().contains("test.nn:1:10: warning: column 'code' has 60 different texts in 60 rows"),
                    run.err());
        }
    }

    @Test
    void repeatingCodesAndIgnoredColumnsAreNotWarnedOf() {
        write(120, 30);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    data d = csv("t.csv")
                    data e = csv("t.csv") { ignore code }
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertEquals("", run.err());
            assertEquals(List.of(), warnings(outcome));
        }
    }
}
