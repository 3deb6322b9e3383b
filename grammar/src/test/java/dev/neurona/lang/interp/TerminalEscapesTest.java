package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.lang.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values from data (class names, column names, cells, file names) reach the terminal, the REPL's
 * output and the HTML report with their control characters escaped visibly ({@code \u001B}),
 * never raw: an OSC sequence could retitle the window or plant a link, CSI could clear the
 * screen or hide text. Long values are cut with an ellipsis and their length.
 */
class TerminalEscapesTest {
    /** Sets the window title; in a link, plants a hyperlink. (A letter follows, as cells are trimmed of controls at their ends.) */
    private static final String OSC = "\u001b]0;owned\u0007z";
    /** Clears the screen, by CSI and by its one-character C1 form. */
    private static final String CSI = "\u001b[2J\u009b2J";
    /** Other controls a data value could hide: BEL, BS, DEL, and a bidi override. */
    private static final String OTHERS = "\u0007\b\u007f\u202e";

    @TempDir
    Path dir;

    /** 40 rows: a weight, a tone, and a kind whose two names carry escapes. */
    private void writeData() {
        StringBuilder text = new StringBuilder("weight,tone" + CSI + ",kind\n");
        for (int r = 0; r < 40; r++) {
            boolean heavy = r % 2 == 0;
            text.append(String.format(
                    Locale.ROOT,
                    "%d,%s,%s%n",
                    heavy ? 30 + r % 5 : 3 + r % 4,
                    r % 3 == 0 ? "a" : "b",
                    heavy ? "dog" + OSC : "cat" + CSI + OTHERS));
        }
        TestFiles.write(dir.resolve("pets.csv"), text.toString());
    }

    private static final String TRAINED = """
            seed 1
            data pets = csv("pets.csv")
            model m { input pets; dense 2 softmax }
            train m on pets { epochs 1 }
            """;

    /** The text holds no raw control character but newlines, and shows the escape sequences as text. */
    private static void assertSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c == '\u202e';
            assertFalse(control, String.format(Locale.ROOT, "raw U+%04X at %d in:%n%s", (int) c, i, text));
        }
    }

    private Captured run(String script) {
        Captured run = Captured.script(dir);
        Outcome outcome = run.run(script);
        assertEquals(Outcome.Status.OK, outcome.status(), run.err());
        return run;
    }

    @Test
    void printOfADataSetEscapesClassAndColumnNames() {
        writeData();
        try (Captured run = run("data pets = csv(\"pets.csv\")\nprint pets\n")) {
            assertSafe(run.out());
            assertTrue(run.out().contains("dog\\u001B]0;owned\\u0007"), run.out());
            assertTrue(run.out().contains("tone\\u001B[2J\\u009B2J=a"), run.out());
            assertTrue(run.out().contains("cat\\u001B[2J\\u009B2J\\u0007\\u0008\\u007F\\u202E"), run.out());
        }
    }

    @Test
    void predictionsShownInTheTerminalEscapeClassNames() {
        writeData();
        try (Captured run = run(TRAINED + "predict m on pets\npredict m [30, \"a\"]\n")) {
            assertSafe(run.out());
            assertTrue(run.out().contains("prob_dog\\u001B]0;owned\\u0007"), run.out());
            assertTrue(run.out().contains("predicted "), run.out());
        }
    }

    @Test
    void evaluationEscapesClassNames() {
        writeData();
        try (Captured run = run(TRAINED + "evaluate m on pets\n")) {
            assertSafe(run.out());
            assertTrue(run.out().contains("dog\\u001B]0;owned\\u0007"), run.out());
        }
    }

    @Test
    void fileNamesTheScriptWritesAreEscaped() {
        writeData();
        String name = "p" + OSC;
        try (Captured run =
                run(TRAINED + "predict m on pets to \"" + name + ".csv\"\n" + "save m to \"" + name + ".nnm\"\n")) {
            assertSafe(run.out());
            assertTrue(run.out().contains("p\\u001B]0;owned\\u0007z.csv"), run.out());
            assertTrue(run.out().contains("p\\u001B]0;owned\\u0007z.nnm"), run.out());
            assertTrue(Files.exists(dir.resolve(name + ".csv")), "the file itself keeps its name");
        }
    }

    @Test
    void errorsAboutDataEscapeTheCell() {
        TestFiles.write(dir.resolve("bad.csv"), "x,y\n1,0\n2" + OSC + ",1\n");
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("data d = csv(\"bad.csv\")\n");

            assertEquals(Outcome.Status.FAILED, outcome.status());
            assertSafe(run.err());
            assertTrue(run.err().contains("'2\\u001B]0;owned\\u0007z' is not a number"), run.err());
        }
    }

    @Test
    void aScriptFileThatIsNotThereIsNamedEscaped() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOptions options = RunOptions.builder()
                .out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .threads(1)
                .quiet(true)
                .terminal(false)
                .dataDir(dir)
                .locale(Locale.ENGLISH)
                .build();

        int status = new ScriptRunner(options).run(dir.resolve("no" + OSC + ".nn"));

        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(ScriptRunner.SCRIPT_ERROR, status);
        assertSafe(text);
        assertTrue(text.contains("no\\u001B]0;owned\\u0007z.nn: error: the script does not exist"), text);
    }

    @Test
    void theHtmlReportShowsTheEscapesAsText() throws IOException {
        writeData();
        try (Captured run = run(TRAINED + "report m on pets to \"r.html\"\n")) {
            String page = Files.readString(dir.resolve("r.html"));
            assertSafe(page.replace("\r", ""));
            assertTrue(page.contains("dog\\u001B]0;owned\\u0007"), "visible, not silently dropped");
        }
    }

    @Test
    void aHugeClassNameIsCutInTheSummary() {
        StringBuilder text = new StringBuilder("x,kind\n");
        String huge = "k".repeat(100_000);
        for (int r = 0; r < 20; r++)
            text.append(r).append(',').append(r % 2 == 0 ? huge : "small").append('\n');
        TestFiles.write(dir.resolve("huge.csv"), text.toString());
        try (Captured run = run("data d = csv(\"huge.csv\")\nprint d\n")) {
            assertFalse(run.out().contains("k".repeat(81)), "cut");
            assertTrue(run.out().contains("k".repeat(80) + "… (100,000 characters)"), run.out());
            assertTrue(run.out().length() < 4_000, run.out().length() + " characters");
        }
    }
}
