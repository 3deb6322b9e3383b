package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.train.TrainingEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file small enough for the check to load (to learn its classes and width) is loaded once:
 * the run takes what the check loaded instead of reading the file again, and prepares the same
 * rows, bit for bit, as reading it again would.
 */
class CheckedLoadTest {

    @TempDir
    Path dir;

    private static final String SCRIPT = """
            seed 5
            data pets = csv("pets.csv") { target kind; shuffle; limit 40; normalize standard; split train 75%, test 25% }
            data all = csv("pets.csv") { target kind }
            """;

    @Test
    void theRunTakesWhatTheCheckLoaded() {
        TinyData.pets(dir);
        CountingReader local = new CountingReader(false);
        CountingReader cluster = new CountingReader(true);

        List<Dataset> once = run(local);
        List<Dataset> twice = run(cluster);

        assertEquals(List.of(), local.reads, "the check's loads are taken");
        assertEquals(2, cluster.reads.size(), "a cluster's reader reads for itself");
        for (int i = 0; i < once.size(); i++) {
            assertEquals(twice.get(i).rows(), once.get(i).rows());
            assertArrayEquals(
                    twice.get(i).features(), once.get(i).features(), once.get(i).name());
            assertArrayEquals(
                    twice.get(i).labels(), once.get(i).labels(), once.get(i).name());
        }
    }

    private List<Dataset> run(TableSource reader) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
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
        try (Session session = new Session(settings, TrainingEngine.LOCAL, reader)) {
            Outcome outcome = session.execute(SCRIPT, "test.nn");
            assertEquals(Outcome.Status.OK, outcome.status(), err.toString(StandardCharsets.UTF_8));
            return List.of(
                    session.data("pets"), session.data("pets.train"), session.data("pets.test"), session.data("all"));
        }
    }

    /** This process's reader, recording its reads; distributed or not, as a cluster's reader would say. */
    private static final class CountingReader implements TableSource {
        final List<String> reads = new ArrayList<>();
        private final boolean distributed;

        CountingReader(boolean distributed) {
            this.distributed = distributed;
        }

        @Override
        public PreparedData csv(String location, DataOptions options, String name, long seed) {
            reads.add(location);
            return LOCAL.csv(location, options, name, seed);
        }

        @Override
        public PreparedData parquet(String location, DataOptions options, String name, long seed) {
            return LOCAL.parquet(location, options, name, seed);
        }

        @Override
        public boolean distributed() {
            return distributed;
        }
    }
}
