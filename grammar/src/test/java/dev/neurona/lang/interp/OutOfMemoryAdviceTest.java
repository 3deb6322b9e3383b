package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.plan.DataPlan;
import dev.neurona.lang.plan.DataSource;
import dev.neurona.lang.plan.TrainPlan;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.TrainingEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement that runs out of memory is reported at its line with what it was loading or
 * training and what really helps: {@code limit} (reading stops after N rows), {@code stream} and
 * {@code ignore} for a csv file read whole, more
 * memory through {@code NN_JAVA_OPTS} always, nothing about options that would not help an IDX file.
 */
class OutOfMemoryAdviceTest {
    private static final SourceSpan WHERE = new SourceSpan(1, 1, 1, 5);

    @TempDir
    Path dir;

    private static DataPlan csv(DataOptions options) {
        return new DataPlan("d", new DataSource.Csv(Path.of("big.csv")), options, WHERE);
    }

    @Test
    void aCsvFileReadWholeIsToldOfStreamIgnoreAndMemory() {
        DataPlan plan = csv(DataOptions.defaults());

        assertEquals(
                "out of memory while loading data 'd' from 'big.csv'",
                OutOfMemoryAdvice.message(plan).english());
        String help = OutOfMemoryAdvice.help(plan).english();
        assertTrue(help.startsWith("load only the first N rows with 'limit N' (the reading stops after them)"), help);
        assertTrue(help.contains("read the file batch by batch with 'stream'"), help);
        assertTrue(help.contains("'ignore COLUMN'"), help);
        assertTrue(help.contains("NN_JAVA_OPTS=-Xmx4g"), help);
    }

    @Test
    void aStreamedCsvFileIsToldOfTheShuffleBufferAndLimit() {
        DataPlan plan = csv(DataOptions.builder().stream(true).build());

        String help = OutOfMemoryAdvice.help(plan).english();
        assertTrue(help.contains("'shuffle_buffer'") && help.contains("'limit N'"), help);
    }

    @Test
    void anIdxFileIsNotToldOfOptionsThatWouldNotHelp() {
        DataPlan plan = new DataPlan(
                "digits",
                new DataSource.Idx(Path.of("images.gz"), Path.of("labels.gz")),
                DataOptions.defaults(),
                WHERE);

        assertEquals(
                "out of memory while loading data 'digits' from 'images.gz'",
                OutOfMemoryAdvice.message(plan).english());
        String help = OutOfMemoryAdvice.help(plan).english();
        assertFalse(help.contains("limit") || help.contains("stream") || help.contains("ignore"), help);
        assertTrue(help.contains("NN_JAVA_OPTS=-Xmx4g"), help);
    }

    @Test
    void trainingIsToldOfTheBatchAndTheModel() {
        TrainPlan plan = new TrainPlan("m", "d", TrainSpec.builder().build(), Optional.empty(), WHERE);

        assertEquals(
                "out of memory while training 'm' on 'd'",
                OutOfMemoryAdvice.message(plan).english());
        assertTrue(OutOfMemoryAdvice.help(plan).english().startsWith("use a smaller 'batch' or a smaller model"));
    }

    @Test
    void aRunThatRunsOutOfMemoryFailsAtTheStatementWithTheAdvice() {
        TinyData.pets(dir);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // A source that reads for itself (as a cluster's does), so the run asks it rather than
        // taking the rows the check already loaded.
        TableSource exhausted = new TableSource() {
            @Override
            public boolean distributed() {
                return true;
            }

            @Override
            public PreparedData csv(String location, DataOptions options, String name, long seed) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public PreparedData parquet(String location, DataOptions options, String name, long seed) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        SessionSettings settings = new SessionSettings(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                null,
                1,
                false,
                false,
                dir,
                dir,
                false);
        try (Session session = new Session(settings, TrainingEngine.LOCAL, exhausted)) {
            Outcome outcome = session.execute("seed 1\ndata pets = csv(\"pets.csv\")\n", "test.nn");

            String text = err.toString(StandardCharsets.UTF_8);
            assertEquals(Outcome.Status.FAILED, outcome.status(), text);
            assertEquals(1, outcome.status().exitCode());
            assertTrue(
                    text.startsWith("test.nn:2:13: error: out of memory while loading data 'pets' from '"
                            + dir.resolve("pets.csv").toAbsolutePath()),
                    text);
            assertTrue(text.contains("= help: load only the first N rows with 'limit N'"), text);
            assertFalse(text.contains("OutOfMemoryError") || text.contains("\tat "), "no stack trace: " + text);
        }
    }
}
