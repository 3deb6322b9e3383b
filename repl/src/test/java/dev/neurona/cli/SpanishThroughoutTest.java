package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code nn} prints with {@code --lang es} holds no English word a user must read: the MNIST
 * sample run whole (shortened), {@code nn check} on every wrong script of the checker's tests, the
 * usage errors and the help of every command.
 *
 * <p>An English word is one of {@link #ENGLISH}, common words of the messages Neurona used to print.
 * The list leaves out what stays as it is in a Spanish course: the keywords and option names of the
 * language ({@code model}, {@code epochs}, {@code features}, {@code curves}, {@code step(every=...)}), which a
 * message quotes; words that are
 * Spanish too ({@code error}, {@code no}, {@code total}). Before the words are counted, the output loses
 * what is the user's own text rather than ours: the source lines a diagnostic shows under its
 * message ({@code 3 | target specis}), anything between quotes (a name, a value, a piece of
 * script) or written {@code name=value}, file paths, options ({@code --watch-keep}, {@code :help}) and labels in capitals
 * ({@code FILE}, {@code NN_DATA}).
 */
class SpanishThroughoutTest {

    private static final Path REPO = Path.of("").toAbsolutePath().getParent();

    /** Words of English sentences; none of them is a keyword of .nn or a Spanish word. */
    static final Set<String> ENGLISH = Set.of(
            "the",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "has",
            "have",
            "had",
            "not",
            "yet",
            "with",
            "from",
            "this",
            "that",
            "these",
            "those",
            "which",
            "what",
            "there",
            "their",
            "its",
            "it",
            "of",
            "and",
            "or",
            "for",
            "after",
            "before",
            "each",
            "all",
            "any",
            "some",
            "only",
            "more",
            "less",
            "than",
            "then",
            "when",
            "where",
            "while",
            "until",
            "because",
            "so",
            "but",
            "if",
            "into",
            "out",
            "over",
            "under",
            "between",
            "about",
            "at",
            "by",
            "as",
            "an",
            "can",
            "cannot",
            "could",
            "would",
            "should",
            "must",
            "may",
            "will",
            "does",
            "do",
            "did",
            "you",
            "your",
            "mean",
            "try",
            "trying",
            "needs",
            "need",
            "needed",
            "takes",
            "take",
            "gives",
            "give",
            "given",
            "shows",
            "show",
            "showing",
            "prints",
            "writes",
            "wrote",
            "written",
            "reads",
            "read",
            "saved",
            "loaded",
            "trained",
            "training",
            "learning",
            "learns",
            "learned",
            "epoch",
            "layer",
            "layers",
            "units",
            "unit",
            "neurons",
            "parameters",
            "rows",
            "row",
            "column",
            "columns",
            "classes",
            "class",
            "feature",
            "file",
            "files",
            "folder",
            "line",
            "missing",
            "unknown",
            "expected",
            "found",
            "wrong",
            "stopped",
            "stopping",
            "interrupted",
            "press",
            "again",
            "quit",
            "now",
            "current",
            "first",
            "last",
            "best",
            "value",
            "values",
            "number",
            "least",
            "most",
            "usage",
            "information",
            "command",
            "commands",
            "required",
            "codes",
            "success",
            "failure",
            "running",
            "default",
            "display",
            "warning",
            "note",
            "hint",
            "such",
            "also",
            "other",
            "another",
            "instead",
            "still",
            "steps",
            "time",
            "seconds",
            "rising",
            "falling",
            "fell",
            "rose",
            "overfitting",
            "underfitting",
            "validation",
            "set",
            "shape",
            "inputs",
            "outputs",
            "output",
            "picture",
            "image",
            "images",
            "chart",
            "matrix",
            "confusion",
            "predicted",
            "right",
            "since",
            "here",
            "possible",
            "solutions",
            "unexpected",
            "argument",
            "option",
            "exported",
            "writing",
            "overwrite",
            "named",
            "goes",
            "port",
            "free",
            "page",
            "live");

    @TempDir
    Path temp;

    @Test
    void theMnistSampleRunsInSpanish() throws IOException {
        String text = Files.readString(REPO.resolve("samples/mnist.nn"), StandardCharsets.UTF_8);
        String shortened =
                text.replace("epochs 10", "epochs 1").replace("scale 1/255\n}", "scale 1/255\n  limit 300\n}");
        assertTrue(
                shortened.contains("epochs 1\n") && shortened.contains("limit 300"),
                "mnist.nn still reads as expected");
        Path folder = Files.createDirectories(temp.resolve("mnist"));
        Files.createSymbolicLink(folder.resolve("data"), REPO.resolve("samples/data"));
        Path script = folder.resolve("mnist.nn");
        Files.writeString(
                script,
                shortened + "\nexplain mlp\nprint mlp\nplot mlp\nreport mlp on exam to \"informe.html\"\n",
                StandardCharsets.UTF_8);
        NnHarness nn = new NnHarness().env("LANG", "en_US.UTF-8");
        assertEquals(0, nn.run("run", "--lang", "es", script.toString()), nn.err());
        String printed = nn.out() + nn.err();
        assertTrue(printed.contains("época") && printed.contains("exactitud"), printed);
        assertEquals(Set.of(), english(printed), printed);
        String page = Files.readString(folder.resolve("informe.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("lang=\"es\"") && page.contains("alt=\"matriz de confusión\""), page);
        String words = page.replaceAll("(?s)<style>.*?</style>", " ")
                .replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", " ")
                .replaceAll("<[a-z/!][^>]*?(alt=\"([^\"]*)\")?[^>]*>", " $2 ");
        assertEquals(Set.of(), english(words), words);
    }

    @TestFactory
    Stream<DynamicTest> everyWrongScriptIsCheckedInSpanish() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(REPO.resolve("grammar/src/test/resources/diagnostics"))) {
            scripts = files.filter(f -> f.toString().endsWith(".nn")).sorted().toList();
        }
        assertTrue(scripts.size() > 40, "found the wrong scripts: " + scripts.size());
        return scripts.stream()
                .map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
                    NnHarness nn = new NnHarness().env("LANG", "en_US.UTF-8");
                    nn.run("check", "--lang", "es", script.toString());
                    String printed = nn.out() + nn.err();
                    assertEquals(Set.of(), english(printed), printed);
                }));
    }

    @Test
    void usageErrorsAreInSpanish() throws IOException {
        Path script = Files.writeString(temp.resolve("tiny.nn"), "seed 1\n", StandardCharsets.UTF_8);
        List<List<String>> lines = List.of(
                List.of("run", "--lang", "es"),
                List.of("run", "--lang", "es", "--engine", "cuda", script.toString()),
                List.of("run", "--lang", "es", "--watch-keep", script.toString()),
                List.of("run", "--lang", "es", "--seed", "siete", script.toString()),
                List.of("run", "--lang", "es", "--sed", "7", script.toString()),
                List.of("run", "--lang", "es", "--partitions", "0", script.toString()),
                List.of("run", "--lang", "es", temp.resolve("nada.nn").toString()),
                List.of("check", "--lang", "es", temp.toString()),
                List.of("export", "--lang", "es", temp.toString(), "m.onnx"),
                List.of("export", "--lang", "es"),
                List.of("--lang", "es", "rnu"));
        for (List<String> line : lines) {
            NnHarness nn = new NnHarness().env("LANG", "en_US.UTF-8");
            assertEquals(2, nn.run(line.toArray(String[]::new)), String.join(" ", line));
            assertTrue(nn.err().contains("Escribe '") || !nn.err().contains("--help"), nn.err());
            assertEquals(Set.of(), english(nn.err()), String.join(" ", line) + ":\n" + nn.err());
        }
    }

    @Test
    void kernelErrorsSpeakTheLanguageOfTheEnvironment() {
        List<List<String>> lines = List.of(
                List.of("kernel"),
                List.of("kernel", "--connection-file", temp.resolve("nada.json").toString()),
                List.of("kernel", "install", "--user", "--prefix", temp.toString()),
                List.of("kernel", "install", "--name", "dos palabras"));
        for (List<String> line : lines) {
            NnHarness nn = new NnHarness().env("LANG", "es_ES.UTF-8");
            assertEquals(2, nn.run(line.toArray(String[]::new)), String.join(" ", line) + ":\n" + nn.err());
            assertTrue(nn.err().startsWith("nn: "), nn.err());
            assertEquals(Set.of(), english(nn.err()), String.join(" ", line) + ":\n" + nn.err());
        }
    }

    @Test
    void dataDownloadErrorsSpeakTheLanguageOfTheEnvironment() {
        NnHarness unknown = new NnHarness().env("LANG", "es_ES.UTF-8");
        assertEquals(2, unknown.run("data", "get", "nada"), unknown.err());
        assertTrue(unknown.err().startsWith("nn: no hay ningún conjunto de datos 'nada'"), unknown.err());
        NnHarness refused = new NnHarness().env("LANG", "es_ES.UTF-8");
        String nowhere = "http://127.0.0.1:1/";
        assertEquals(1, refused.run("data", "get", "mnist", "--dir", temp.toString(), "--mirror", nowhere));
        assertTrue(refused.err().startsWith("nn: no se pudo descargar "), refused.err());
        assertTrue(refused.err().contains("no se puede conectar"), refused.err());
        assertTrue(refused.err().contains("Para instalar mnist a mano"), refused.err());
        assertEquals(Set.of(), english(refused.err()), refused.err());
    }

    @Test
    void everyCommandsHelpIsInSpanish() {
        List<String> commands = List.of(
                "",
                "run",
                "check",
                "repl",
                "data",
                "data get",
                "data list",
                "bench",
                "export",
                "kernel",
                "kernel install",
                "lsp",
                "help");
        for (String command : commands) {
            NnHarness nn = new NnHarness().env("LANG", "es_ES.UTF-8");
            String[] words = (command + " --help").strip().split(" ");
            assertEquals(0, nn.run(words), command);
            assertTrue(nn.out().contains("Uso: nn"), nn.out());
            assertEquals(Set.of(), english(nn.out()), command + ":\n" + nn.out());
        }
    }

    @Test
    void theRuleFindsEnglish() {
        assertEquals(
                Set.of("been", "has", "not", "the", "trained", "yet"),
                english("model 'mlp' has not been trained yet; see the FILE --help in data/the.csv\n  3 | the\n"),
                "a keyword, a quoted name, a label, an option, a path and a source line are not English to fix");
    }

    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^\\s*(\\d+\\s*)?\\|.*$");
    private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'|\"[^\"\\n]*\"|\\b\\w+=\\S*");
    private static final Pattern PATH = Pattern.compile("\\S*[/\\\\]\\S*|\\S+\\.(nn|nnm|onnx|csv|png|html|txt|gz)\\b");
    private static final Pattern OPTION = Pattern.compile("(?<![\\p{L}-])(--?|:)[A-Za-z][\\w-]*|\\$\\{[^}]*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}_]*");

    /** The English words of {@code output}, once the user's own text is taken out. */
    static Set<String> english(String output) {
        String ours = SOURCE_LINE.matcher(output).replaceAll(" ");
        for (Pattern theirs : List.of(QUOTED, PATH, OPTION)) {
            ours = theirs.matcher(ours).replaceAll(" ");
        }
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(ours);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            boolean label = m.group().length() > 1 && m.group().equals(m.group().toUpperCase(Locale.ROOT));
            if (!label && ENGLISH.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }
}
