package dev.neurona.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import dev.neurona.lang.interp.SessionSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random edits of the golden scripts — numbers out of range, misspelt and swapped names,
 * lines dropped — and the check never fails itself: it answers every script with plain
 * one-line messages, in source order, at real lines, and prints nothing but diagnostics.
 */
class MangledCheckTest {

    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(\\.\\d+)?%?");
    private static final Pattern NAME = Pattern.compile("\\b[a-z_][a-z0-9_]*\\b");
    private static final List<String> ODD_NUMBERS = List.of("0", "-1", "2.5", "100%", "1e9", "0.0", "x", "\"7\"");

    @Test
    void survivesRandomEdits(@TempDir Path temp) throws IOException {
        Path dir = TestFiles.copyResources("/diagnostics", temp.resolve("d")).toRealPath();
        TestFiles.writeIdx(dir.resolve("data/digits-images.gz"), dir.resolve("data/digits-labels.gz"), 20, 28, 28, 10);
        List<String> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".nn")).sorted().toList()) {
                scripts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        SplittableRandom random = new SplittableRandom(Long.getLong("seed", 20261128));
        for (int round = 0; round < Integer.getInteger("rounds", 300); round++) {
            String source = mangle(scripts.get(random.nextInt(scripts.size())), random);
            check(dir, source);
        }
    }

    private static String mangle(String script, SplittableRandom random) {
        String text = script;
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            switch (random.nextInt(4)) {
                case 0 -> text = replaceOne(text, NUMBER, ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size())), random);
                case 1 -> text = replaceOne(text, NAME, otherName(text, random), random);
                case 2 -> text = misspellOne(text, random);
                default -> {
                    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                    lines.remove(random.nextInt(lines.size()));
                    text = String.join("\n", lines);
                }
            }
        }
        return text;
    }

    private static String replaceOne(String text, Pattern pattern, String replacement, SplittableRandom random) {
        List<int[]> matches = matches(text, pattern);
        if (matches.isEmpty()) {
            return text;
        }
        int[] match = matches.get(random.nextInt(matches.size()));
        return text.substring(0, match[0]) + replacement + text.substring(match[1]);
    }

    private static String misspellOne(String text, SplittableRandom random) {
        List<int[]> names = matches(text, NAME);
        int[] name = names.get(random.nextInt(names.size()));
        if (name[1] - name[0] < 2) {
            return text;
        }
        int drop = name[0] + random.nextInt(name[1] - name[0]);
        return text.substring(0, drop) + text.substring(drop + 1);
    }

    private static String otherName(String text, SplittableRandom random) {
        List<int[]> names = matches(text, NAME);
        int[] name = names.get(random.nextInt(names.size()));
        return text.substring(name[0], name[1]);
    }

    private static List<int[]> matches(String text, Pattern pattern) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        return found;
    }

    private static void check(Path dir, String source) {
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
            outcome = session.check(source, "m.nn");
        }
        int lines = source.split("\n", -1).length;
        SourceSpan previous = null;
        for (Diagnostic diagnostic : outcome.diagnostics()) {
            String message = diagnostic.message();
            assertFalse(message.startsWith("the check failed"), () -> message + " for:\n" + source);
            assertFalse(
                    message.isBlank() || message.contains("\n") || message.contains("null"),
                    () -> "bad message '" + message + "' for:\n" + source);
            SourceSpan span = diagnostic.span();
            assertTrue(span != null && span.line() >= 1 && span.line() <= lines, () -> "no real place for:\n" + source);
            if (previous != null) {
                assertFalse(span.isBefore(previous), () -> "out of order for:\n" + source);
            }
            previous = span;
        }
        assertEquals(
                outcome.diagnostics().stream().anyMatch(Diagnostic::isError),
                outcome.status() == Outcome.Status.SCRIPT_ERROR,
                source);
        assertEquals("", out.toString(StandardCharsets.UTF_8), source);
    }
}
