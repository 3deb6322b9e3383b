package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.repl.TestData;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nn repl} as the command line runs it, with piped input. */
class ReplCommandTest {

    @TempDir
    Path dir;

    /** Runs {@code nn args...} with {@code input} on standard input. */
    private int run(NnHarness nn, String input, String... args) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return nn.run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void theFileRunsFirstAndItsNamesStay() {
        Path pets = TestData.pets(dir);
        Path script = TestData.write(
                dir.resolve("start.nn"),
                "data pets = csv(\"" + pets.toString().replace("\\", "\\\\")
                        + "\")\nmodel m { input pets; dense 2 softmax }\nprint \"loaded\"\n");
        NnHarness nn = new NnHarness();

        int status = run(
                nn,
                ":list\ntrain m on pets { epochs 1 }\nm.history().size()\n",
                "repl",
                "--threads",
                "1",
                script.toString());

        assertEquals(0, status, nn.err());
        assertEquals("", nn.err());
        String out = nn.out();
        assertTrue(
                out.startsWith("loaded\n  pets  data   60 rows, 2 features, classification (2 classes)\n"
                        + "  m     model  2 → dense 2 softmax; 6 parameters; not trained yet\nepoch 1/1  loss "),
                out);
        assertTrue(out.endsWith("$1 ==> 1\n"), out);
    }

    @Test
    void pipedInputHasNoPromptsAndErrorsGoToTheErrorStream() {
        NnHarness nn = new NnHarness();
        assertEquals(2, run(nn, "print \"a\"\nprint b\nprint \"c\"\n", "repl"), "a wrong statement: exit 2");
        assertEquals("a\nc\n", nn.out());
        assertTrue(nn.err().startsWith("<input>:1:7: error: unknown name 'b'"), nn.err());
    }

    @Test
    void aPipedSessionExitsWithItsFirstErrorsCode() {
        NnHarness nn = new NnHarness();
        assertEquals(1, run(nn, "int x = \"text\";\nprint b\n", "repl"), "a Java error first: exit 1");
        assertTrue(nn.err().startsWith("java:1:9: error: incompatible types"), nn.err());

        NnHarness exits = new NnHarness();
        assertEquals(1, run(exits, "System.exit(0);\nprint \"still here\"\n", "repl"));
        assertEquals("still here\n", exits.out());
        assertTrue(
                exits.err().startsWith("the snippet called System.exit(0), which would end the session"), exits.err());
    }

    @Test
    void aMissingScriptIsAScriptError() {
        NnHarness nn = new NnHarness();
        assertEquals(2, run(nn, "", "repl", dir.resolve("nope.nn").toString()));
        assertEquals("nn: no such script '" + dir.resolve("nope.nn") + "'\n", nn.err());
    }

    @Test
    void helpSaysWhatTheReplIs() {
        NnHarness nn = new NnHarness();
        assertEquals(0, run(nn, "", "repl", "--help"));
        assertTrue(nn.out().contains("Start the REPL: .nn statements and Java snippets at one prompt."), nn.out());
        assertTrue(nn.out().contains("[FILE.nn]"), nn.out());
    }
}
