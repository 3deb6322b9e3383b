package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real out-of-memory: a 24 MB csv file, small enough for the check to read ahead, does not
 * fit in a 32 MB heap. The check leaves it to the run, which fails at the data statement (exit 1)
 * naming the data set and file and what helps, with no stack trace.
 */
class OutOfMemoryRunTest {
    @TempDir
    Path dir;

    @Test
    void aFileLargerThanTheHeapFailsAtItsStatementWithAdvice() throws IOException, InterruptedException {
        Path csv = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("a,b,c,label\n");
            for (int r = 0; r < 2_400_000; r++) {
                out.write((r % 97) + "," + (r % 89) + "," + (r % 83) + "," + (r % 3) + "\n");
            }
        }
        Path script = Files.writeString(dir.resolve("big.nn"), "data d = csv(\"big.csv\")\nprint d\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx32m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        OutOfMemoryProbe.class.getName(),
                        script.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the probe finishes");

        assertEquals(1, process.exitValue(), output);
        assertTrue(
                output.contains(":1:10: error: out of memory while loading data 'd' from '" + csv.toAbsolutePath()),
                output);
        assertTrue(output.contains("= help: load only the first N rows with 'limit N'"), output);
        assertTrue(output.contains("read the file batch by batch with 'stream'"), output);
        assertFalse(output.contains("OutOfMemoryError") || output.contains("\tat "), "no stack trace: " + output);
    }
}
