package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.TrainingEngine;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's train, evaluate and predict statements go to its engine, and its csv and parquet
 * sources to its table reader; a distributed reader's paths are not looked for on this machine.
 */
class PluggableEngineTest {

    @TempDir
    Path dir;

    private static final String SCRIPT = """
            seed 3
            data pets = %s { target kind; split train 75%%, test 25%% }
            model m { input pets; dense 4 relu; dense 2 softmax }
            train m on pets.train { epochs 2; batch 8 }
            evaluate m on pets.test
            predict m on pets.test
            """;

    @Test
    void parquetUnderTheLocalEngineIsAScriptErrorNamingTheSparkEngine() {
        TinyData.pets(dir);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run(SCRIPT.formatted("parquet(\"pets.parquet\")"));
            assertEquals(Outcome.Status.SCRIPT_ERROR, outcome.status());
            assertTrue(run.err().contains("test.nn:2:13: error: parquet(...) needs --engine spark"), run.err());
        }
    }

    @Test
    void statementsGoToTheSessionsEngineAndReader() {
        Path pets = TinyData.pets(dir);
        CountingEngine engine = new CountingEngine();
        // Stands in for a cluster: finds "hdfs://" paths by reading the local file.
        ClusterReader reader = new ClusterReader(pets);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Session session = new Session(settings(out, err), engine, reader)) {
            Outcome outcome = session.execute(SCRIPT.formatted("csv(\"hdfs:///nowhere/pets.csv\")"), "test.nn");
            assertEquals(Outcome.Status.OK, outcome.status(), err.toString(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("csv hdfs:///nowhere/pets.csv"), reader.reads);
        assertEquals(List.of("fit", "evaluate", "predict"), engine.calls);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("evaluate m on pets.test"));
    }

    @Test
    void aDistributedReaderStillNeedsPlainLocalPathsToExist() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Session session = new Session(
                settings(new ByteArrayOutputStream(), err),
                TrainingEngine.LOCAL,
                new ClusterReader(dir.resolve("pets.csv")))) {
            Outcome outcome = session.execute(SCRIPT.formatted("parquet(\"missing.parquet\")"), "test.nn");
            assertEquals(Outcome.Status.SCRIPT_ERROR, outcome.status());
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("'missing.parquet' does not exist"));
        }
    }

    private SessionSettings settings(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return new SessionSettings(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                null,
                1,
                false,
                false,
                dir,
                dir,
                false);
    }

    /** Local training, recording which calls reached it. */
    private static final class CountingEngine implements TrainingEngine {
        final List<String> calls = new ArrayList<>();

        @Override
        public TrainingResult fit(
                Model model,
                Dataset train,
                Dataset validation,
                TrainSpec spec,
                long seed,
                TrainingListener listener,
                BooleanSupplier cancelled) {
            calls.add("fit");
            return LOCAL.fit(model, train, validation, spec, seed, listener, cancelled);
        }

        @Override
        public Evaluation evaluate(Model model, Dataset data) {
            calls.add("evaluate");
            return LOCAL.evaluate(model, data);
        }

        @Override
        public float[] predict(Model model, Dataset data) {
            calls.add("predict");
            return LOCAL.predict(model, data);
        }
    }

    /** A distributed reader whose every path is one local CSV file. */
    private static final class ClusterReader implements TableSource {
        final List<String> reads = new ArrayList<>();
        private final Path file;

        ClusterReader(Path file) {
            this.file = file;
        }

        @Override
        public PreparedData csv(String location, DataOptions options, String name, long seed) {
            reads.add("csv " + location);
            return LOCAL.csv(file.toString(), options, name, seed);
        }

        @Override
        public PreparedData parquet(String location, DataOptions options, String name, long seed) {
            reads.add("parquet " + location);
            return LOCAL.csv(file.toString(), options, name, seed);
        }

        @Override
        public boolean distributed() {
            return true;
        }
    }
}
