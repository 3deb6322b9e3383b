package dev.neurona.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import dev.neurona.lang.interp.SessionSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every wrong script under {@code diagnostics/} gives exactly the diagnostics in its
 * {@code .expected} file, as {@code nn check} prints them, and the exit code that goes with
 * them (2 with an error, 0 with warnings alone).
 *
 * <p>The scripts run from a copy of the folder, where tiny IDX files are written too: {@code $DIR}
 * in an expected file stands for that copy, {@code $DATA} for the well-known data folder in it
 * (which holds {@code fashion_mnist} but not {@code mnist}).
 */
class DiagnosticsGoldenTest {

    @TestFactory
    Stream<DynamicTest> everyWrongScriptGivesItsExpectedDiagnostics(@TempDir Path temp) throws IOException {
        Path dir = TestFiles.copyResources("/diagnostics", temp.resolve("diagnostics"))
                .toRealPath();
        TestFiles.writeIdx(dir.resolve("data/digits-images.gz"), dir.resolve("data/digits-labels.gz"), 20, 28, 28, 10);
        Path fashion = dir.resolve("datasets/fashion_mnist");
        TestFiles.writeIdx(
                fashion.resolve("train-images-idx3-ubyte.gz"),
                fashion.resolve("train-labels-idx1-ubyte.gz"),
                20,
                28,
                28,
                10);
        TestFiles.writeIdx(
                fashion.resolve("t10k-images-idx3-ubyte.gz"),
                fashion.resolve("t10k-labels-idx1-ubyte.gz"),
                10,
                28,
                28,
                10);
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(f -> f.toString().endsWith(".nn")).sorted().toList();
        }
        assertTrue(scripts.size() >= 40, "the suite has " + scripts.size() + " scripts");
        return scripts.stream()
                .map(script ->
                        DynamicTest.dynamicTest(script.getFileName().toString(), () -> assertGolden(dir, script)));
    }

    private static void assertGolden(Path dir, Path script) throws IOException {
        String name = script.getFileName().toString();
        Path expectedFile = dir.resolve(name.replaceFirst("\\.nn$", ".expected"));
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile.getFileName());
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SessionSettings settings = new SessionSettings(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                null,
                1,
                false,
                false,
                dir.resolve("datasets"),
                dir,
                false);
        Outcome outcome;
        try (Session session = new Session(settings)) {
            outcome = session.check(Files.readString(script, StandardCharsets.UTF_8), name);
        }
        String actual = err.toString(StandardCharsets.UTF_8)
                .replace(dir.resolve("datasets").toString(), "$DATA")
                .replace(dir.toString(), "$DIR");
        assertEquals(expected, actual, name);
        Outcome.Status status = expected.contains(": error: ") ? Outcome.Status.SCRIPT_ERROR : Outcome.Status.OK;
        assertEquals(status, outcome.status(), name);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "a check prints nothing but diagnostics");
    }
}
