package dev.neurona.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.diag.DiagnosticRenderer;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import dev.neurona.lang.interp.SessionSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Character-level mutations of the golden scripts — text cut out or repeated, brackets, quotes,
 * line breaks, escapes, NULs and numbers past every limit put in — are answered by the parser
 * and the check with diagnostics alone: never a stack trace or an internal failure, never
 * anything on standard output, never a raw control character on the terminal, at most 50
 * diagnostics printed. Tries: {@code jqwik.tries.default} (junit-platform.properties).
 */
class ScriptFuzzTest {
    private static final Path DIR = folder();
    private static final List<String> SCRIPTS = scripts();
    private static final List<String> INSERTS = List.of(
            "{",
            "}",
            "(",
            ")",
            "[",
            "\"",
            "\n",
            "\r",
            "\t",
            " ",
            "x",
            ",",
            "=",
            "%",
            "-",
            ".",
            "#",
            "99999999999999999999",
            "2147483647",
            "46341",
            "1e309",
            "0",
            "-1",
            "\u001b]0;x\u0007",
            "\u0000",
            "\uFEFF",
            "dense",
            "conv 64 3x3",
            "model",
            "data",
            "train",
            "on",
            "to",
            "epochs",
            "\"../x.csv\"");

    @Property
    void aMutatedScriptGetsDiagnosticsOnly(@ForAll("mutated") String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SessionSettings settings = new SessionSettings(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                null,
                1,
                false,
                false,
                DIR.resolve("datasets"),
                DIR,
                false);
        Outcome outcome;
        try (Session session = new Session(settings)) {
            outcome = session.check(source, "m.nn");
        }
        String printed = err.toString(StandardCharsets.UTF_8);

        assertNotEquals(Outcome.Status.FAILED, outcome.status(), printed);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "a check prints nothing but diagnostics");
        assertFalse(
                printed.contains("\tat ") || printed.contains("Exception") || printed.contains("failed unexpectedly"),
                printed);
        assertTrue(printed.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7F), printed);
        long headlines = outcome.diagnostics().stream()
                .map(Diagnostic::headline)
                .filter(printed::contains)
                .count();
        assertTrue(headlines <= DiagnosticRenderer.MOST_SHOWN || printed.contains("... and "), printed);
        assertEquals(
                outcome.diagnostics().stream().anyMatch(Diagnostic::isError),
                outcome.status() == Outcome.Status.SCRIPT_ERROR,
                printed);
    }

    /** A golden script after one to five edits at random places. */
    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.of("delete", "repeat", "insert", "insert"),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.of(INSERTS))
                .as(Edit::new);
        return Combinators.combine(
                        Arbitraries.of(SCRIPTS), edit.list().ofMinSize(1).ofMaxSize(5))
                .as((script, edits) -> {
                    String text = script;
                    for (Edit e : edits) text = e.apply(text);
                    return text;
                });
    }

    /** One edit at a relative place of the text, as jqwik shows it when a sample fails. */
    record Edit(String kind, double where, int length, String insert) {
        String apply(String text) {
            int at = (int) (where * text.length());
            int end = Math.min(text.length(), at + length);
            return switch (kind) {
                case "delete" -> text.substring(0, at) + text.substring(end);
                case "repeat" ->
                    text.substring(0, end) + text.substring(at, end).repeat(1 + length % 4) + text.substring(end);
                default -> text.substring(0, at) + insert + text.substring(at);
            };
        }
    }

    /** A copy of the golden scripts' folder with its data files, as the golden test makes it. */
    private static Path folder() {
        try {
            Path temp = Files.createTempDirectory("script-fuzz");
            Path dir =
                    TestFiles.copyResources("/diagnostics", temp.resolve("d")).toRealPath();
            TestFiles.writeIdx(
                    dir.resolve("data/digits-images.gz"), dir.resolve("data/digits-labels.gz"), 20, 28, 28, 10);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> scripts() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".nn"))
                    .sorted()
                    .map(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
