package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.repl.TestData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nn repl} from the runnable jar, started as the launcher starts it ({@code java -jar}):
 * Java snippets see the very objects the {@code .nn} statements made, which holds only when the
 * host classes come from the application class path.
 */
class ReplJarIT {

    @TempDir
    Path dir;

    @Test
    void javaSnippetsSeeTheSessionsLiveModelUnderJavaJar() throws IOException, InterruptedException {
        TestData.pets(dir);
        Path jar =
                Path.of(System.getProperty("neurona.jar", "target/neurona.jar")).toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "--add-modules",
                        "jdk.incubator.vector",
                        "-jar",
                        jar.toString(),
                        "repl",
                        "--threads",
                        "1")
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("""
                    data pets = csv("pets.csv") { normalize standard }
                    model m { input pets; dense 4 relu; dense 2 softmax }
                    train m on pets { optimizer adam(lr=0.05); epochs 3 }
                    m.history().size()
                    m.parameterCount() + pets.rows()
                    """.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the REPL did not finish");

        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        List<String> errors = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("WARNING: Using incubator modules"))
                .collect(Collectors.toList());
        assertEquals(0, process.exitValue());
        assertEquals(List.of(), errors);
        assertTrue(out.endsWith("$1 ==> 3\n$2 ==> 82\n"), out); // (2*4+4) + (4*2+2) = 22 parameters, 60 rows
    }
}
