package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C while training: training stops after its batch, the model stays usable, the prompt comes back. */
class InterruptTest {

    @TempDir
    Path dir;

    @Test
    void ctrlCStopsTrainingAndTheSessionGoesOn() throws Exception {
        TestData.pets(dir);
        try (ReplHarness repl = new ReplHarness(dir)) {
            assertFalse(repl.repl.interrupt(), "nothing runs at the prompt");
            repl.run("""
                    data pets = csv("pets.csv") { normalize standard }
                    model m { input pets; dense 4 relu; dense 2 softmax }
                    """);
            CompletableFuture<Void> training =
                    CompletableFuture.runAsync(() -> repl.repl.execute("train m on pets { epochs 1000000; batch 4 }"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!repl.out().contains("epoch 2/1000000")) {
                assertTrue(System.nanoTime() < deadline, "training never got going");
                Thread.sleep(5);
            }
            assertTrue(repl.repl.interrupt());
            training.get(30, TimeUnit.SECONDS);

            assertTrue(repl.err().contains(Messages.get("interrupt.nn")), repl.err());
            assertTrue(
                    repl.err().contains("<input>:1:7: error: interrupted: training of 'm' stopped in epoch "),
                    repl.err());
            Matcher trained = Pattern.compile("trained (\\d+) epochs").matcher(repl.run(":list\n"));
            assertTrue(trained.find());
            int epochs = Integer.parseInt(trained.group(1));
            assertTrue(epochs >= 1 && epochs < 1_000_000, "epochs " + epochs);

            repl.clear();
            String evaluation = repl.run("evaluate m on pets\n");
            assertTrue(evaluation.startsWith("evaluate m on pets (60 rows)\nloss "), evaluation);
            assertEquals("", repl.err());

            repl.run(":save after.nn\n");
            String saved = Files.readString(dir.resolve("after.nn"), StandardCharsets.UTF_8);
            assertFalse(saved.contains("train"), "the interrupted statement is not saved:\n" + saved);
            assertTrue(saved.contains("evaluate m on pets"), saved);
        }
    }
}
