package dev.neurona.lang.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import dev.neurona.lang.interp.Session;
import dev.neurona.lang.interp.SessionSettings;
import dev.neurona.runtime.i18n.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nn check --lang es} on every wrong script of the diagnostics suite prints no English
 * word a user must read ({@link SpanishReader}), with the same places and the same number of
 * errors and warnings as in English.
 */
class SpanishDiagnosticsTest {

    @TempDir
    static Path temp;

    private static Path dir;
    /** The CSV files' text, whose columns and classes messages name. */
    private static String DATA;

    private static final SpanishReader READER = new SpanishReader();

    @BeforeAll
    static void copyTheSuite() throws IOException {
        dir = TestFiles.copyResources("/diagnostics", temp.resolve("diagnostics"))
                .toRealPath();
        TestFiles.writeIdx(dir.resolve("data/digits-images.gz"), dir.resolve("data/digits-labels.gz"), 20, 28, 28, 10);
        StringBuilder data = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                data.append(Files.readString(csv, StandardCharsets.UTF_8)).append('\n');
            }
        }
        DATA = data.toString();
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
    }

    @TestFactory
    Stream<DynamicTest> everyWrongScriptIsReportedInSpanish() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(f -> f.toString().endsWith(".nn")).sorted().toList();
        }
        assertTrue(scripts.size() >= 40, "the suite has " + scripts.size() + " scripts");
        return scripts.stream()
                .map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> assertSpanish(script)));
    }

    private static void assertSpanish(Path script) throws IOException {
        String source = Files.readString(script, StandardCharsets.UTF_8);
        String name = script.getFileName().toString();
        String spanish = check(source, name, Language.SPANISH);
        String english = check(source, name, Language.ENGLISH);
        assertNotEquals(english, spanish, name + " is reported in Spanish at all");
        Set<String> unreadable = READER.unreadable(spanish, name + "\n" + source + "\n" + DATA);
        assertEquals(Set.of(), unreadable, name + ":\n" + spanish);
        assertEquals(places(english), places(spanish), name + ": the same diagnostics at the same places");
    }

    /** Each headline's place, and the echoed lines and carets, which do not depend on the language. */
    private static List<String> places(String rendered) {
        return rendered.lines()
                .map(line -> line.matches("^\\S+\\.nn(:\\d+:\\d+)?: .*")
                        ? line.replaceFirst("^(\\S+\\.nn(:\\d+:\\d+)?): .*", "$1")
                        : line.replaceFirst("^(\\s*= ).*", "$1"))
                .toList();
    }

    private static String check(String source, String name, Locale language) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SessionSettings settings = new SessionSettings(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                null,
                1,
                false,
                false,
                dir.resolve("datasets"),
                dir,
                false,
                language);
        try (Session session = new Session(settings)) {
            session.check(source, name);
        }
        return err.toString(StandardCharsets.UTF_8)
                .replace(dir.resolve("datasets").toString(), "$DATA")
                .replace(dir.toString(), "$DIR");
    }
}
