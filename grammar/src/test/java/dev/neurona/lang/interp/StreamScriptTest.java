package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.data.Batch;
import dev.neurona.runtime.data.StreamBatches;
import dev.neurona.runtime.data.StreamedDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts with {@code stream}: data, print, train, evaluate and predict all read the file batch
 * by batch; without shuffle or split a streamed run prints exactly the loaded run's figures; a
 * shuffled, split run prints the same figures at 1 and 2 threads.
 */
class StreamScriptTest {

    @TempDir
    Path dir;

    private void table() throws IOException {
        StringBuilder text = new StringBuilder("x1,x2,colour,kind\n");
        SplittableRandom random = new SplittableRandom(4);
        for (int r = 0; r < 3000; r++) {
            int k = random.nextInt(3);
            text.append(k + random.nextGaussian() * 0.7)
                    .append(',')
                    .append(-k + random.nextGaussian() * 0.7)
                    .append(',')
                    .append(random.nextBoolean() ? "red" : "blue")
                    .append(',')
                    .append("cat,dog,owl".split(",")[k])
                    .append('\n');
        }
        Files.writeString(dir.resolve("animals.csv"), text, StandardCharsets.UTF_8);
    }

    private String figures(String script, int threads) {
        try (Captured run = new Captured(dir, 5L, threads, false, false)) {
            Outcome outcome = run.run(script);
            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertEquals("", run.err());
            return run.figures();
        }
    }

    private static String program(String dataOptions, String trainOptions) {
        return "data a = csv(\"animals.csv\") {\n" + dataOptions + "\n}\n"
                + "model m { input a; dense 8 relu; dense 3 softmax }\n"
                + "train m on a { epochs 2\n batch 16\n" + trainOptions + " }\n"
                + "evaluate m on a\n"
                + "predict m on a\n";
    }

    @Test
    void withoutShuffleOrSplitAStreamedScriptPrintsTheLoadedScriptsFigures() throws IOException {
        table();
        String loaded = figures(program("normalize minmax", "shuffle false"), 1);
        String streamed = figures(program("normalize minmax\n stream", "shuffle false"), 1);
        assertEquals(loaded, streamed);
        assertTrue(streamed.contains("evaluate m on a (3,000 rows)"), streamed);
    }

    @Test
    void aShuffledSplitStreamPrintsTheSameFiguresAtOneAndTwoThreads() throws IOException {
        table();
        String script = """
                data a = csv("animals.csv") {
                  normalize standard
                  stream
                  shuffle_buffer 500
                  split train 80%, test 20%
                }
                print a
                model m { input a; dense 8 relu; dense 3 softmax }
                train m on a.train { epochs 3; validate on a.test }
                evaluate m on a.test
                predict m on a.test to "out/predictions.csv"
                """;
        String one = figures(script, 1);
        List<String> firstFile = Files.readAllLines(dir.resolve("out/predictions.csv"));
        String two = figures(script, 2);
        assertEquals(one, two);
        assertEquals(firstFile, Files.readAllLines(dir.resolve("out/predictions.csv")));
        assertTrue(one.contains("data a: 3,000 rows × 4 features, classification, streamed"), one);
        assertTrue(one.contains("parts: a.train ("), one);
        assertTrue(one.contains("epoch 3/3  loss "), one);
        assertTrue(one.contains("val_acc "), one);
        assertTrue(firstFile.get(0).startsWith("predicted,prob_cat"), firstFile.get(0));
    }

    @Test
    void aStreamedDataSetIsReadBatchByBatchFromJava() throws IOException {
        table();
        try (Captured run = Captured.script(dir)) {
            run.run("data a = csv(\"animals.csv\") { stream; limit 1000 }");
            assertTrue(run.session.isStreamed("a"), run.err());
            StreamedDataset a = run.session.stream("a");
            int rows = 0;
            try (StreamBatches batches = a.batches(128)) {
                while (batches.hasNext()) {
                    Batch batch = batches.next();
                    assertEquals(4, batch.width());
                    rows += batch.rows();
                }
            }
            assertEquals(1000, rows);
            assertArrayEquals(new int[] {a.rows()}, new int[] {1000});
        }
    }

    @Test
    void aStatementThatNeedsLoadedRowsSaysSoAndABrokenRowIsNamed() throws IOException {
        Files.writeString(dir.resolve("broken.csv"), "x,y\n1,a\n2,b\n3\n4,a\n");
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("data b = csv(\"broken.csv\") { stream }\n");
            assertEquals(Outcome.Status.FAILED, outcome.status());
            assertTrue(run.err().contains("broken.csv:4:2: this row has 1 cell but the header has 2"), run.err());
        }
        table();
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("data a = csv(\"animals.csv\") { stream }\nmodel m { input a; dense 3 softmax }\n"
                    + "sweep best = m on a { epochs 1\n validate on a\n vary batch in [16, 32] }\n");
            assertEquals(Outcome.Status.FAILED, outcome.status(), run.err());
            assertTrue(
                    run.err()
                            .contains(
                                    "'a' is streamed (read from its file batch by batch), and this statement needs its rows loaded"),
                    run.err());
        }
    }
}
