package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.spark.script.SparkScriptRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code .nn} script run through the interpreter's hook on local Spark, as {@code SparkMain run} does. */
class ScriptOnSparkTest {
    @TempDir
    Path dir;

    private Path script;

    @BeforeEach
    void writeScriptAndData() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder csv = new StringBuilder("weight,colour,kind\n");
        String[] colours = {"black", "brown", "white"};
        for (int i = 0; i < 80; i++) {
            boolean dog = i % 2 == 0;
            double weight = dog ? 20 + random.nextDouble() * 15 : 3 + random.nextDouble() * 4;
            csv.append(String.format(Locale.ROOT, "%.1f,%s,%s%n", weight, colours[i % 3], dog ? "dog" : "cat"));
        }
        Files.writeString(dir.resolve("pets.csv"), csv);
        script = Files.writeString(dir.resolve("pets.nn"), """
                seed 3
                data pets = csv("pets.csv") { target kind; normalize standard; split train 75%, test 25% }
                model m { input pets; dense 8 relu; dense 2 softmax }
                train m on pets.train { optimizer adam(lr=0.05); epochs 3; batch 8 }
                evaluate m on pets.test
                """);
    }

    @Test
    void runsTheScriptOnTheClusterEngine() {
        Output run = run(new SparkEngine(LocalSpark.session(), 2, 2));

        assertEquals(0, run.code, run.err);
        for (String epoch : List.of("epoch 1/3", "epoch 2/3", "epoch 3/3")) {
            assertTrue(run.out.contains(epoch), run.out);
        }
        assertTrue(run.out.contains("evaluate m on pets.test (20 rows)"), run.out);
        assertTrue(run.out.contains("accuracy"), run.out);
    }

    @Test
    void theSameScriptGivesTheSameFiguresTwice() {
        Output first = run(new SparkEngine(LocalSpark.session(), 2, 2));
        Output second = run(new SparkEngine(LocalSpark.session(), 2, 2));

        assertEquals(0, first.code, first.err);
        assertEquals(first.figures(), second.figures());
    }

    @Test
    void aTaskThatKeepsFailingIsOneLineNamingTheTrainStatement() {
        // 60 training rows on 2 partitions in batches of 8: 4 batches a partition, 2 rounds an epoch; round 3 starts
        // epoch 2.
        Output run = run(new SparkEngine(LocalSpark.session(), 2, 2).withFault(new FaultInjection(3, 1, true)));

        assertEquals(1, run.code);
        List<String> lines = run.err.lines().toList();
        assertEquals(
                script + ":4:7: error: training on Spark failed: the task of partition 1 failed 2 times: "
                        + "a fault injected for testing into partition 1 of round 3 (attempt 2)",
                lines.get(0),
                run.err);
        assertEquals(3, lines.size(), "the message, the statement's line and a caret: " + run.err);
        assertFalse(run.err.contains("\tat "), run.err);
        assertTrue(run.out.contains("epoch 1/3"), "the epoch before the failure was reported: " + run.out);
    }

    @Test
    void inSpanishTheFailedTaskIsOneSpanishLine() {
        Output run = run(
                new SparkEngine(LocalSpark.session(), 2, 2).withFault(new FaultInjection(3, 1, true)),
                dev.neurona.runtime.i18n.Language.SPANISH);

        assertEquals(1, run.code);
        assertEquals(
                script + ":4:7: error: falló el entrenamiento en Spark: la tarea de la partición 1 falló 2 veces: "
                        + "a fault injected for testing into partition 1 of round 3 (attempt 2)",
                run.err.lines().findFirst().orElse(""),
                run.err);
        assertTrue(run.out.contains("época 1/3"), "the epoch before the failure was reported in Spanish: " + run.out);
    }

    @Test
    void sparkMainFindsTheInterpreter() {
        assertTrue(ScriptRunner.find().orElseThrow() instanceof SparkScriptRunner);
    }

    private Output run(SparkEngine engine) {
        return run(engine, null);
    }

    private Output run(SparkEngine engine, @org.jspecify.annotations.Nullable Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SparkScriptRunner runner = new SparkScriptRunner(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = runner.run(script, null, language, SparkCluster.of(LocalSpark.session()), engine);
        return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Output(int code, String out, String err) {
        /** The output without the seconds each epoch took, which differ from run to run. */
        String figures() {
            return out.replaceAll("  \\d+\\.\\ds\\n", "\n");
        }
    }
}
