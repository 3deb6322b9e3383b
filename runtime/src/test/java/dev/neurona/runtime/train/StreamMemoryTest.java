package dev.neurona.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded memory: a file whose loaded form does not fit in a 32 MB heap trains and evaluates
 * streamed in a JVM with that heap, while loading it there runs out of memory.
 */
class StreamMemoryTest {
    private static final int ROWS = 300_000;
    private static final int FEATURES = 20;
    private static final String HEAP = "-Xmx32m";

    @TempDir
    Path dir;

    @Test
    void aFileTooLargeToLoadInTheHeapTrainsStreamed() throws IOException, InterruptedException {
        Path file = dir.resolve("big.csv");
        SplittableRandom random = new SplittableRandom(1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int j = 0; j < FEATURES; j++) out.write("f" + j + ",");
            out.write("label\n");
            for (int r = 0; r < ROWS; r++) {
                int label = random.nextInt(2);
                StringBuilder row = new StringBuilder();
                for (int j = 0; j < FEATURES; j++)
                    row.append(label + random.nextInt(-900, 900) / 1000.0).append(',');
                out.write(row.append(label).append('\n').toString());
            }
        }

        Probe streamed = probe("stream", file);
        assertEquals(0, streamed.exit(), streamed.output());
        assertTrue(streamed.output().startsWith("streamed " + ROWS + " accuracy "), streamed.output());
        double accuracy = Double.parseDouble(streamed.output().trim().split(" ")[3]);
        assertTrue(accuracy > 0.9, "it learns: " + accuracy);

        Probe loaded = probe("load", file);
        assertNotEquals(0, loaded.exit(), "the eager load should not fit: " + loaded.output());
        assertTrue(loaded.output().contains("OutOfMemoryError"), loaded.output());
    }

    private record Probe(int exit, String output) {}

    private Probe probe(String mode, Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                HEAP,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                StreamHeapProbe.class.getName(),
                mode,
                file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the probe finishes");
        return new Probe(process.exitValue(), output);
    }
}
