package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import dev.neurona.runtime.Evaluation;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a run ends: OK; a wrong script (nothing runs); a failure while running (one message with
 * the statement's place, the statements before it done); cancelled (the model stays usable).
 */
class ExitStatusTest {

    @TempDir
    Path dir;

    @Test
    void aWrongScriptRunsNothing() {
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("print \"before\"\nprint nothing\n");

            assertEquals(Outcome.Status.SCRIPT_ERROR, outcome.status());
            assertEquals(2, outcome.status().exitCode());
            assertEquals("", run.out());
            assertEquals("""
                    test.nn:2:7: error: unknown name 'nothing'
                        2 | print nothing
                          |       ^^^^^^^
                    """, run.err());
        }
    }

    @Test
    void aBadDataRowFailsWithTheStatementsPlaceAndTheRows() {
        TestFiles.write(dir.resolve("bad.csv"), "x,y\n1,a\n2,b\nabc,a\n");
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("print \"before\"\ndata d = csv(\"bad.csv\")\nprint \"after\"\n");

            assertEquals(Outcome.Status.FAILED, outcome.status());
            assertEquals(1, outcome.status().exitCode());
            assertEquals("before\n", run.out());
            assertEquals(
                    "test.nn:2:10: error: " + dir.resolve("bad.csv")
                            + ":4:1: 'abc' is not a number (column 'x' holds numbers)\n"
                            + "    2 | data d = csv(\"bad.csv\")\n"
                            + "      |          ^^^^^^^^^^^^^^\n",
                    run.err());
        }
    }

    @Test
    void aDivergingLossFailsNamingTheEpochBatchAndRate() {
        TinyData.houses(dir);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    data houses = csv("houses.csv")
                    model m { input houses; dense 1 }
                    train m on houses { optimizer sgd(lr=1000000); epochs 5 }
                    """);

            assertEquals(Outcome.Status.FAILED, outcome.status());
            assertTrue(run.err().startsWith("test.nn:3:7: error: training diverged: the loss became "), run.err());
            assertTrue(run.err().contains("(learning rate 1000000)"), run.err());
        }
    }

    @Test
    void aDamagedModelFileFailsWithWhatIsWrong() {
        TestFiles.write(dir.resolve("m.nnm"), "not a model");
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("load m from \"m.nnm\"\n");

            assertEquals(Outcome.Status.FAILED, outcome.status());
            assertEquals(
                    "test.nn:1:13: error: '" + dir.resolve("m.nnm") + "' is not a Neurona model file\n"
                            + "    1 | load m from \"m.nnm\"\n"
                            + "      |             ^^^^^^^\n",
                    run.err());
        }
    }

    @Test
    void cancellingStopsTrainingBetweenBatchesAndKeepsAUsableModel() {
        TinyData.pets(dir);
        AtomicReference<Session> session = new AtomicReference<>();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        PrintStream cancelOnSecondEpoch = new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        seen.write(b);
                        if (seen.toString(StandardCharsets.UTF_8).contains("epoch 2/")) {
                            session.get().cancel();
                        }
                    }
                },
                true,
                StandardCharsets.UTF_8);
        try (Captured run = new Captured(dir, null, 1, false, false, cancelOnSecondEpoch)) {
            session.set(run.session);
            Outcome outcome = run.run("""
                    data pets = csv("pets.csv")
                    model m { input pets; dense 2 softmax }
                    train m on pets { epochs 1000; batch 4 }
                    print "not reached"
                    """);

            assertEquals(Outcome.Status.INTERRUPTED, outcome.status());
            assertEquals(130, outcome.status().exitCode());
            assertTrue(
                    run.err()
                            .startsWith("test.nn:3:7: error: interrupted: training of 'm' stopped in epoch 3; "
                                    + "the model keeps the weights of its last finished batch\n"),
                    run.err());
            assertTrue(!seen.toString(StandardCharsets.UTF_8).contains("not reached"));
            assertEquals(2, run.session.model("m").history().size());
            Evaluation evaluation = run.session.model("m").evaluate(run.session.data("pets"));
            assertTrue(evaluation.accuracy() >= 0 && evaluation.accuracy() <= 1);

            Outcome next = run.run("print \"the session goes on\"\n");
            assertEquals(Outcome.Status.OK, next.status(), "a cancel does not outlive its run");
        }
    }
}
