package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} with many classes: the terminal gets a summary and is told how to get the full
 * tables; a .txt file gets them in full; a picture is refused with what to do instead.
 */
class ManyClassesEvaluateTest {
    private static final int CLASSES = 60;

    @TempDir
    Path dir;

    private void writeData() {
        StringBuilder text = new StringBuilder("x,label\n");
        for (int r = 0; r < 3 * CLASSES; r++)
            text.append(r % CLASSES).append(",k").append(r % CLASSES).append('\n');
        TestFiles.write(dir.resolve("many.csv"), text.toString());
    }

    private static final String TRAINED = """
            data d = csv("many.csv")
            model m { input d; dense 60 softmax }
            train m on d { epochs 1 }
            """;

    @Test
    void theTerminalGetsASummaryAndTheWayToTheFullTables() {
        writeData();
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run(TRAINED + "evaluate m on d\n");

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertTrue(run.out().contains("scores of the 10 classes with the lowest F1 (of 60)"), run.out());
            assertTrue(
                    run.out()
                            .contains(
                                    "(a summary: the full tables of 60 classes are written by 'evaluate m on d to \"evaluation.txt\"')"),
                    run.out());
            assertFalse(run.out().contains("confusion matrix (rows"), run.out());
        }
    }

    @Test
    void aTextFileGetsTheFullTables() throws IOException {
        writeData();
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run(TRAINED + "evaluate m on d to \"e.txt\"\n");

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            String file = Files.readString(dir.resolve("e.txt"));
            assertTrue(file.startsWith("evaluate m on d (180 rows)\n"), file);
            assertTrue(file.contains("confusion matrix (rows: true class, columns: predicted)"), file);
            assertEquals(1 + 1 + 1 + CLASSES + 2 + 1 + 1 + CLASSES, file.lines().count());
            assertTrue(run.out().contains("wrote the evaluation to " + dir.resolve("e.txt") + " (in full)"), run.out());
        }
    }

    @Test
    void aPictureOfTooManyClassesIsRefused() {
        writeData();
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run(TRAINED + "evaluate m on d to \"e.png\"\n");

            assertEquals(Outcome.Status.FAILED, outcome.status());
            assertTrue(
                    run.err()
                            .contains("a picture of the confusion matrix shows at most 40 classes, and 'd' has 60;"
                                    + " write the evaluation to a .txt file instead"),
                    run.err());
            assertFalse(Files.exists(dir.resolve("e.png")));
        }
    }
}
