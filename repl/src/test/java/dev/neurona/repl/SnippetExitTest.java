package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.ScriptRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snippet that ends the JVM would end the REPL and every model in it: before, the first line
 * below ended this test's JVM (the run then reports a crashed fork). Now each way of asking is
 * refused with one line, and the session and its trained model are still there.
 */
class SnippetExitTest {

    private static final String REFUSED =
            ", which would end the session and lose its models; the session goes on" + " (type :quit to leave)\n";

    @Test
    void exitAndHaltAreRefusedAndTheSessionGoesOn(@TempDir Path dir) {
        TestData.pets(dir);
        try (ReplHarness harness = new ReplHarness(dir)) {
            harness.run("""
                    data pets = csv("pets.csv")
                    model m { input pets; dense 2 softmax }
                    train m on pets { epochs 2 }
                    """);
            harness.clear();

            String out = harness.run("""
                    System.exit(0);
                    Runtime.getRuntime().halt(1);
                    Runtime.getRuntime().exit(2);
                    try { System.exit(3); } catch (Exception e) { System.out.println("swallowed"); }
                    Runnable later = () -> System.exit(4);
                    later.run();
                    java.util.function.IntConsumer exit = System::exit;
                    exit.accept(5);
                    m.history().size()
                    """);

            assertEquals(
                    "the snippet called System.exit(0)" + REFUSED
                            + "the snippet called Runtime.halt(1)" + REFUSED
                            + "the snippet called Runtime.exit(2)" + REFUSED
                            + "the snippet called System.exit(3)" + REFUSED
                            + "the snippet called System.exit(4)" + REFUSED
                            + "the snippet called System.exit(5)" + REFUSED,
                    harness.err());
            assertTrue(out.endsWith(" ==> 2\n"), "the trained model is still there: " + out);
            assertEquals(ScriptRunner.FAILED, harness.repl.exitCode(), "a piped session with refused snippets fails");
        }
    }

    @Test
    void aSessionWithoutErrorsEndsWithZero(@TempDir Path dir) {
        try (ReplHarness harness = new ReplHarness(dir)) {
            harness.run("print \"fine\"\nint x = 1;\n");

            assertEquals("", harness.err());
            assertEquals(ScriptRunner.OK, harness.repl.exitCode());
        }
    }
}
