package dev.neurona.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample script passes {@code nn check}, runs, and gives the same figures when run twice.
 * The long ones run with fewer epochs for that; {@code mnist.nn} also runs in full once and
 * must reach 95% on the digits it has not seen, and {@code cnn.nn} 98%.
 */
class SampleScriptsTest {

    private static final Path SAMPLES = Path.of("").toAbsolutePath();

    /** Fewer epochs for the samples that take long, so that running each twice stays quick. */
    private static final Map<String, UnaryOperator<String>> SHORTER = Map.of(
            "mnist.nn", text -> replace(text, "epochs 10", "epochs 2"),
            "cnn.nn", text -> replace(text, "epochs 12", "epochs 1"),
            "overfitting.nn", text -> replace(text, "epochs 40", "epochs 2"),
            "tuning.nn", text -> replace(text, "epochs 3", "epochs 1"));

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everySamplePassesTheCheck() {
        return samples().stream()
                .map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
                    Run run = new Run();
                    Outcome outcome;
                    try (Session session = Session.forScript(run.options(), SAMPLES)) {
                        outcome = session.check(
                                Files.readString(script), script.getFileName().toString());
                    }
                    assertEquals(Outcome.Status.OK, outcome.status(), run.err());
                    assertEquals(List.of(), outcome.diagnostics());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySampleRunsTheSameTwice() {
        return samples().stream()
                .map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
                    String name = script.getFileName().toString();
                    String text =
                            SHORTER.getOrDefault(name, UnaryOperator.identity()).apply(Files.readString(script));
                    String first = run(name, text, temp.resolve(name + "-first"));
                    String second = run(name, text, temp.resolve(name + "-second"));
                    assertTrue(first.contains("epoch 1/") || first.contains("\nranked by "), first);
                    assertEquals(withoutTimes(first), withoutTimes(second));
                }));
    }

    @Test
    void mnistReachesNinetyFivePercentOnTheDigitsItHasNotSeen() throws IOException {
        assertReaches("mnist.nn", "mlp", 10, 0.95);
    }

    @Test
    void cnnReachesNinetyEightPercentOnTheDigitsItHasNotSeen() throws IOException {
        assertReaches("cnn.nn", "cnn", 12, 0.98);
    }

    /** Runs a digits sample in full: all its epochs, at least {@code least} on the exam, the model saved beside it. */
    private void assertReaches(String script, String model, int epochs, double least) throws IOException {
        Path folder = temp.resolve(model);
        String output = run(script, Files.readString(SAMPLES.resolve(script)), folder);

        assertTrue(output.contains("epoch " + epochs + "/" + epochs + "  "), output);
        Matcher accuracy = Pattern.compile(
                        "evaluate " + model + " on exam \\(2,000 rows\\)\\nloss \\S+  accuracy (\\S+)\\n")
                .matcher(output);
        assertTrue(accuracy.find(), output);
        assertTrue(Double.parseDouble(accuracy.group(1)) >= least, "test accuracy " + accuracy.group(1));
        assertTrue(Files.exists(folder.resolve(model + ".nnm")), "the model is saved beside the script");
    }

    /**
     * Runs a script from its own folder, whose {@code data} links to the samples' data; returns
     * what it printed, with the folder written {@code $DIR}.
     */
    private static String run(String name, String text, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path data = Files.createSymbolicLink(folder.resolve("data"), SAMPLES.resolve("data"));
        Run run = new Run();
        Outcome outcome;
        try (Session session = Session.forScript(run.options(), folder)) {
            outcome = session.execute(text, name);
        } finally {
            Files.delete(data);
        }
        assertEquals(Outcome.Status.OK, outcome.status(), run.err());
        assertEquals("", run.err());
        return run.out().replace(folder.toString(), "$DIR");
    }

    private static List<Path> samples() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> scripts =
                    files.filter(f -> f.toString().endsWith(".nn")).sorted().toList();
            assertTrue(scripts.size() >= 6, "samples found: " + scripts);
            return scripts;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), "the sample no longer says '" + from + "'");
        return text.replace(from, to);
    }

    /**
     * The output without the seconds each epoch (or each run of a sweep) took, the one figure
     * that differs between runs; a sweep's table aligns them, so the spaces before go too.
     */
    private static String withoutTimes(String output) {
        return output.replaceAll(" +\\d+\\.\\ds\\n", "\n").replaceAll(" +time\\n", " time\n");
    }

    /** Where a run's output goes. */
    private static final class Run {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        RunOptions options() {
            return RunOptions.builder()
                    .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                    .dataDir(SAMPLES.resolve("no-datasets"))
                    .build();
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
