package dev.neurona.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nn run --lang es} on real scripts prints no English word a user must read: every word of
 * what it prints is a word of the Spanish messages, of the script or of its data (a name, a column,
 * a class, a file), has a digit (a figure, a size), or is one of a few names a Spanish course uses
 * as they are. Stricter than the check of diagnostics, the words of the language ({@code loss},
 * {@code accuracy}, {@code on}) only count when the script itself uses them, and a line that starts
 * as an English one ({@code epoch 1/2}, {@code saved m to}) fails whatever words it has.
 *
 * <p>Each script runs from its own folder, whose {@code data} links to the samples' data, with the
 * long ones shortened as in {@link SampleScriptsTest}; the same run in English must differ.
 */
class SpanishRunTest {

    private static final Path SAMPLES = Path.of("").toAbsolutePath();

    /** Names and abbreviations a Spanish course uses as they are. */
    private static final Set<String> ALLOWED = Set.of(
            "dir", "mnist", "onnx", "png", "html", "csv", "idx", "nn", "nnm", "mse", "rmse", "mae", "r2", "f1", "eta");

    /** Lines that would be English whatever their words: the start of each message the run used to print. */
    private static final List<Pattern> ENGLISH = Stream.of(
                    "^epoch \\d",
                    "\\repoch \\d",
                    "^evaluate \\S+ on ",
                    "^loss \\d",
                    "accuracy \\d",
                    "^saved ",
                    "^loaded ",
                    "^wrote ",
                    "^plotted ",
                    "^predict \\S+ on ",
                    "^predicted ",
                    "^model \\S+$",
                    "^data \\S+: ",
                    "^note: ",
                    "not trained yet",
                    "trained for ",
                    "confusion matrix",
                    "macro avg",
                    "weighted avg",
                    "^balance: ",
                    "first rows",
                    "total parameters",
                    "^curves of ")
            .map(p -> Pattern.compile(p, Pattern.MULTILINE))
            .toList();

    /** The scripts, with the changes that keep them short: {@code from}, {@code to} pairs. */
    private static final List<Script> SCRIPTS = List.of(
            new Script("mnist.nn", "epochs 10", "epochs 1"),
            new Script("overfitting.nn", "epochs 40", "epochs 8"),
            new Script("students.nn"),
            new Script("perceptron.nn", "epochs 300", "epochs 30"),
            new Script("regression.nn"),
            new Script("xor.nn", "epochs 300", "epochs 30"));

    @TempDir
    static Path temp;

    @TestFactory
    Stream<DynamicTest> everyWordASampleRunPrintsIsSpanish() {
        return Stream.concat(
                SCRIPTS.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> assertSpanish(s.name(), s.text()))),
                Stream.of(DynamicTest.dynamicTest("files.nn", () -> assertSpanish("files.nn", FILES))));
    }

    /** Every statement that writes a file and says so, and print, predict and plot on the terminal. */
    private static final String FILES = """
            seed 3
            data students = csv("data/students.csv") {
              target result
              normalize standard
              split train 80%, test 20%
            }
            model advisor {
              input students
              dense 8 relu
              dense 1 sigmoid
            }
            print advisor
            print students
            train advisor on students.train { epochs 3; batch 16; validate on students.test }
            print advisor
            evaluate advisor on students.test to "evaluation.txt"
            evaluate advisor on students.test to "confusion.png"
            predict advisor on students.test
            predict advisor on students.test to "predictions.csv"
            plot advisor
            plot advisor to "curves.png"
            report advisor on students.test to "report.html"
            save advisor to "advisor.nnm"
            load again from "advisor.nnm"
            explain again
            """;

    private static void assertSpanish(String name, String text) throws IOException {
        String spanish = run(name, text, Language.SPANISH);
        String english = run(name, text, Language.ENGLISH);
        assertNotEquals(english, spanish, name + " runs in Spanish at all");
        Set<String> unreadable = unreadable(spanish, name + "\n" + text + "\n" + data(text));
        assertEquals(Set.of(), unreadable, name + ":\n" + spanish);
        for (Pattern line : ENGLISH) {
            Matcher m = line.matcher(spanish);
            assertTrue(!m.find(), name + ": an English line, '" + line + "', in:\n" + spanish);
        }
    }

    /** The script's text with every shortening applied, read from the samples. */
    private record Script(String name, String... changes) {
        String text() throws IOException {
            String text = Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
            for (int i = 0; i < changes.length; i += 2) {
                assertTrue(text.contains(changes[i]), name + " no longer says '" + changes[i] + "'");
                text = text.replace(changes[i], changes[i + 1]);
            }
            return text;
        }
    }

    /** The text of the CSV files the script reads, whose columns and classes messages name. */
    private static String data(String script) throws IOException {
        StringBuilder text = new StringBuilder();
        Matcher csv = Pattern.compile("csv\\(\"([^\"]+)\"").matcher(script);
        while (csv.find()) {
            text.append(Files.readString(SAMPLES.resolve(csv.group(1)), StandardCharsets.UTF_8))
                    .append('\n');
        }
        return text.toString();
    }

    /**
     * What {@code nn run --lang LANGUAGE} prints for {@code text} in a folder of its own (standard
     * output and error in one stream, as on a terminal, progress line included), the folder
     * written {@code $DIR}.
     */
    private static String run(String name, String text, Locale language) throws IOException {
        Path folder = temp.resolve(language.getLanguage()).resolve(name.replace(".nn", ""));
        Files.createDirectories(folder);
        Path link = folder.resolve("data");
        if (!Files.exists(link)) {
            Files.createSymbolicLink(link, SAMPLES.resolve("data"));
        }
        Path script = folder.resolve(name);
        Files.writeString(script, text, StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        RunOptions options = RunOptions.builder()
                .out(both)
                .err(both)
                .threads(0)
                .quiet(false)
                .terminal(true)
                .dataDir(SAMPLES.resolve("no-datasets"))
                .locale(language)
                .build();
        int status = new ScriptRunner(options).run(script);
        String printed = bytes.toString(StandardCharsets.UTF_8).replace(folder.toString(), "$DIR");
        assertEquals(ScriptRunner.OK, status, name + " failed:\n" + printed);
        return printed;
    }

    /** The words of {@code output} that none of the rules allow, in order, without repeats. */
    static Set<String> unreadable(String output, String script) {
        Set<String> known = new TreeSet<>();
        Messages es = Messages.of(Language.SPANISH);
        for (String key : es.keys()) {
            words(es.pattern(key), known);
        }
        words(script, known);
        Set<String> found = new TreeSet<>();
        words(output, found);
        Set<String> unknown = new TreeSet<>();
        for (String word : found) {
            if (!known.contains(word) && !ALLOWED.contains(word) && !word.matches(".*\\d.*")) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static void words(String text, Set<String> into) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            into.add(m.group().toLowerCase(Locale.ROOT));
        }
    }
}
