package dev.neurona.samples.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.runtime.i18n.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The course in {@code docs/es} and {@code docs/en}: every page shows its script from
 * {@code samples/course} and exactly what {@code nn run --lang es|en} prints for it, run here in
 * this process by the same {@link ScriptRunner} as {@code nn run}, its standard output and error in
 * one stream as a terminal shows them.
 *
 * <p>Only the seconds an epoch or a sweep's run took differ between two runs; both the page and the
 * real output have them replaced by {@value #TIME} before they are compared (see {@link #withoutTimes}).
 *
 * <p>After a deliberate change of what the scripts print (a message, its Spanish), rewrite every
 * page's script and output blocks from a real run, then read the difference in git:
 *
 * <pre>
 * mvn -B -pl samples -am verify -Dtest=CourseTest -Dsurefire.failIfNoSpecifiedTests=false -Dcourse.update=true
 * </pre>
 */
class CourseTest {

    static final int MAX_SCRIPT_LINES = 25;
    static final String TIME = "<time>";

    /** The module's folder, {@code samples/}: the tests run there. */
    private static final Path SAMPLES = Path.of("").toAbsolutePath();

    private static final Path ROOT = SAMPLES.getParent();
    private static final Path SCRIPTS = SAMPLES.resolve("course");
    private static final List<String> LANGUAGES = List.of("es", "en");
    private static final boolean UPDATE = Boolean.getBoolean("course.update");

    @TestFactory
    Stream<DynamicTest> everyPageShowsWhatItsScriptReallyPrints() {
        return LANGUAGES.stream()
                .flatMap(language -> pages(language).stream())
                .map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> checkPage(file)));
    }

    @Test
    void everyScriptIsAtMostTwentyFiveLines() throws IOException {
        for (Path script : scripts()) {
            long lines =
                    Files.readString(script, StandardCharsets.UTF_8).lines().count();
            assertTrue(lines <= MAX_SCRIPT_LINES, script.getFileName() + " has " + lines + " lines");
        }
    }

    @Test
    void everyScriptHasItsPageInBothLanguagesAndEveryPageItsTwin() {
        List<String> topics =
                scripts().stream().map(s -> topicOf(s, ".nn")).sorted().toList();
        assertTrue(topics.size() >= 18, "course scripts found: " + topics);
        for (String language : LANGUAGES) {
            List<String> pages = pages(language).stream()
                    .map(p -> topicOf(p, ".md"))
                    .sorted()
                    .toList();
            assertEquals(topics, pages, "the pages of docs/" + language + " against the scripts of samples/course");
        }
    }

    @Test
    void eachIndexLinksEveryPageOfItsLanguageInOrder() throws IOException {
        for (String language : LANGUAGES) {
            String index = Files.readString(ROOT.resolve("docs/" + language + "/README.md"), StandardCharsets.UTF_8);
            int at = -1;
            for (Path page : pages(language)) {
                String link = "](" + page.getFileName() + ")";
                int next = index.indexOf(link);
                assertTrue(next > at, "docs/" + language + "/README.md should link " + link + " after the page before");
                at = next;
            }
        }
    }

    private void checkPage(Path file) throws IOException {
        assertTrue(
                ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "run the course with --add-modules jdk.incubator.vector, as nn does: without it the portable "
                        + "kernel computes, and rounds, the figures differently from nn run");
        CoursePage page = CoursePage.read(file);
        Path name = ROOT.relativize(file);
        String language = file.getParent().getFileName().toString();
        String topic = topicOf(file, ".md");
        String script = "samples/course/" + topic + ".nn";
        assertEquals(script, page.scriptPath(), name + ": the script block should show its own script");
        assertEquals(script, page.commandScript(), name + ": the output block should run its own script");
        assertEquals(language, page.language(), name + ": the output block should be in the page's language");

        String source = Files.readString(ROOT.resolve(script), StandardCharsets.UTF_8);
        String printed = run(ROOT.resolve(script), language, page.quiet());
        if (UPDATE) {
            Files.writeString(file, page.withBlocks(source, printed), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(source, page.script().body(), name + ": the script block differs from " + script);
        String expected = withoutTimes(page.output().body());
        String actual = withoutTimes(printed);
        if (!expected.equals(actual)) {
            throw new AssertionError(name + ": the output block differs from what '" + page.command()
                    + "' prints (- page, + real; regenerate with -Dcourse.update=true):\n"
                    + LineDiff.of(expected, actual));
        }
    }

    /** What {@code nn run [--quiet] --lang LANGUAGE SCRIPT} prints: its output and errors in order. */
    private static String run(Path script, String language, boolean quiet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        RunOptions options = RunOptions.builder()
                .out(both)
                .err(both)
                .quiet(quiet)
                .dataDir(SAMPLES.resolve("no-datasets"))
                .locale(Language.of(language))
                .build();
        int status = new ScriptRunner(options).run(script);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(ScriptRunner.OK, status, script + " failed:\n" + printed);
        return printed;
    }

    /**
     * The text with every duration that ends a line ({@code 1.2s}: an epoch line, a sweep's run
     * line or its table's last column) written {@value #TIME}, and the spaces a table puts before
     * it, or before its {@code time} header, made two.
     */
    static String withoutTimes(String text) {
        return text.replaceAll("(?m) +\\d+\\.\\ds$", "  " + TIME).replaceAll("(?m) +time$", "  time");
    }

    private static String topicOf(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - extension.length());
    }

    private static List<Path> scripts() {
        return list(SCRIPTS, ".nn");
    }

    /** The numbered pages of one language ({@code NN-topic.md}), in order; not the index. */
    private static List<Path> pages(String language) {
        return list(ROOT.resolve("docs").resolve(language), ".md").stream()
                .filter(p -> p.getFileName().toString().matches("[0-9]{2}-.*"))
                .toList();
    }

    private static List<Path> list(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(
                    files.filter(f -> f.toString().endsWith(extension)).sorted().toList());
        } catch (IOException e) {
            throw new AssertionError("cannot list " + folder, e);
        }
    }
}
