package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL end to end through its streams, as a user would drive it with piped input: both
 * languages, live objects shared between them, errors that do not end the session, and a saved
 * session that rebuilds the same figures.
 */
class ReplSessionTest {

    private static final Pattern ACCURACY = Pattern.compile("accuracy (\\d\\.\\d{4})");

    @TempDir
    Path dir;

    @Test
    void statementsAndJavaShareOneSessionAndASavedSessionRebuildsItsFigures() throws IOException {
        TestData.pets(dir);
        try (ReplHarness repl = new ReplHarness(dir)) {
            StringBuilder nnOutput = new StringBuilder();
            nnOutput.append(repl.run("""
                    seed 5
                    data pets = csv("pets.csv") {
                      normalize standard
                      split train 80%, test 20%
                    }
                    model m {
                      input pets
                      dense 8 relu
                      dense 2 softmax
                    }
                    train m on pets.train { optimizer adam(lr=0.05); epochs 20; batch 8 }
                    """));
            String evaluation = repl.run("evaluate m on pets.test\n");
            nnOutput.append(evaluation);
            assertTrue(evaluation.startsWith("evaluate m on pets.test (12 rows)\n"), evaluation);

            // Java sees the trained model, its data and its evaluation: live objects, not copies
            assertEquals("$1 ==> 20\n", repl.run("m.history().size()\n"));
            assertEquals(
                    "$2 ==> \"dog\"\n$3 ==> \"cat\"\n",
                    repl.run("m.predictClass(30.0, 60.0)\nm.predictClass(4.0, 22.0)\n"));
            assertEquals("$4 ==> 48\n", repl.run("pets_train.rows()\n"));
            assertEquals(
                    printedAccuracy(evaluation),
                    repl.run("String.format(Locale.ROOT, \"%.4f\", m_eval.accuracy())\n")
                            .replaceAll("^\\$5 ==> \"(.*)\"\n$", "$1"));

            // errors in either language are reported, and the session goes on
            assertEquals("", repl.run("train m on pest.train\n"));
            assertTrue(
                    repl.err().contains("<input>:1:12: error: unknown data set 'pest'; did you mean 'pets'?"),
                    repl.err());
            assertEquals("", repl.run("m.predictt(1.0)\n"));
            assertTrue(repl.err().contains("java:1:1: error: cannot find symbol: method predictt(double)"), repl.err());
            assertEquals("$6 ==> 20\n", repl.run("m.history().size()\n"));

            // redefine and retrain: Java's m follows the new model; a Java value flows into .nn
            repl.run("int width = 4;\n");
            nnOutput.append(repl.run("""
                    model m { input pets; dense ${width} relu; dense 2 softmax }
                    train m on pets.train { optimizer adam(lr=0.05); epochs 10; batch 8 }
                    evaluate m on pets.test
                    """));
            assertEquals("$7 ==> 10\n$8 ==> 22\n", repl.run("m.history().size()\nm.parameterCount()\n"));

            repl.clear();
            assertEquals("Saved the session's statements to session.nn\n", repl.run(":save session.nn\n"));
            String saved = Files.readString(dir.resolve("session.nn"), StandardCharsets.UTF_8);
            assertTrue(saved.contains("model m { input pets; dense 4 relu; dense 2 softmax }\n"), saved);
            assertFalse(saved.contains("pest"), "a statement that did not run is not saved:\n" + saved);
            assertFalse(saved.contains("predict"), "Java is not saved:\n" + saved);

            repl.run(":reset\n");
            assertEquals(Messages.get("list.empty") + "\n", repl.run(":list\n"));
            String reloaded = repl.run(":load session.nn\n");
            assertEquals(withoutTimes(nnOutput.toString()), withoutTimes(reloaded));
            assertEquals("", repl.err());
        }
    }

    @Test
    void theFileGivenFirstLeavesItsNamesInTheSession() throws IOException {
        TestData.pets(dir);
        TestData.write(dir.resolve("start.nn"), """
                data pets = csv("pets.csv") { split train 80%, test 20% }
                model m { input pets; dense 2 softmax }
                """);
        try (ReplHarness repl = new ReplHarness(dir)) {
            repl.repl.load(Path.of("start.nn"));
            String listed = repl.run(":list\n");
            assertEquals("""
                      pets  data   60 rows, 2 features, classification (2 classes); parts train 48, test 12
                      m     model  2 → dense 2 softmax; 6 parameters; not trained yet
                    """, listed);
            repl.run("train m on pets.train { epochs 2 }\n");
            assertTrue(repl.run(":list\n")
                    .contains("m     model  2 → dense 2 softmax; 6 parameters; trained 2 epochs, last loss "));
            assertEquals("", repl.err());
        }
    }

    @Test
    void multiLineEntriesContinueWhileABracketIsOpen() {
        try (ReplHarness repl = new ReplHarness(dir)) {
            String out = repl.run("""
                    model m(
                      hidden = 3
                    ) {
                      input 2
                      dense hidden relu
                      dense 1 sigmoid
                    }
                    print m
                    """);
            assertTrue(out.contains("dense") && out.contains("sigmoid"), out);
            assertEquals("", repl.err());
        }
    }

    @Test
    void anErrorNamesTheEntryLineAndTheSessionGoesOn() {
        try (ReplHarness repl = new ReplHarness(dir)) {
            repl.run("""
                    model m {
                      input 2
                      dense 0 relu
                    }
                    model ok { input 2; dense 1 sigmoid }
                    :list
                    """);
            assertEquals("""
                    <input>:3:9: error: dense needs at least 1 unit, got 0
                        3 |   dense 0 relu
                          |         ^
                    """, repl.err());
            assertEquals("  ok  model  2 → dense 1 sigmoid; 3 parameters; not trained yet\n", repl.out());
        }
    }

    @Test
    void commandsExplainThemselves() {
        try (ReplHarness repl = new ReplHarness(dir)) {
            assertTrue(repl.run(":help\n").contains(":save FILE.nn"));
            repl.run(":lod x.nn\n:save\n:load missing.nn\n:nothing\n");
            assertEquals("""
                    unknown command ':lod'; did you mean ':load'?
                    :save needs a file name, for example: :save session.nn
                    no such file 'missing.nn'
                    unknown command ':nothing'; :help lists the commands
                    """, repl.err());
            repl.clear();
            assertEquals(
                    "hi\n:help\n:lod x.nn\n:save\n:load missing.nn\n:nothing\nprint \"hi\"\n:history\n",
                    repl.run("print \"hi\"\n:history\n"));
        }
    }

    @Test
    void quitEndsTheInputEarly() {
        try (ReplHarness repl = new ReplHarness(dir)) {
            assertEquals("one\n", repl.run("print \"one\"\n:quit\nprint \"two\"\n"));
        }
    }

    /** The accuracy an evaluate report printed. */
    private static String printedAccuracy(String report) {
        Matcher matcher = ACCURACY.matcher(report);
        assertTrue(matcher.find(), report);
        return matcher.group(1);
    }

    /** Epoch lines end with their wall time, which differs from run to run. */
    private static String withoutTimes(String output) {
        return output.replaceAll("(?m)^(epoch .*?)  \\d+\\.\\ds$", "$1").toLowerCase(Locale.ROOT);
    }
}
