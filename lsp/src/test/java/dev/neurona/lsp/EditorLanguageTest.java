package dev.neurona.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.diag.DiagnosticRenderer;
import dev.neurona.lang.interp.Session;
import dev.neurona.lang.interp.SessionSettings;
import dev.neurona.lang.plan.InputPlan;
import dev.neurona.lang.plan.ModelPlan;
import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.ShapeException;
import dev.neurona.runtime.nn.pool.PoolSpec;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server speaks the editor's language: the locale {@code initialize} sends, else the
 * environment's, in diagnostics (word for word those of {@code nn check --lang es}), hovers and
 * completion details.
 */
class EditorLanguageTest {

    private static final Messages ES = Messages.of(Language.SPANISH);
    private static final Messages EN = Messages.english();
    private static final Map<String, String> ENGLISH_ENVIRONMENT = Map.of("LANG", "en_US.UTF-8");
    private static final Map<String, String> SPANISH_ENVIRONMENT = Map.of("LANG", "es_ES.UTF-8");

    /** Lines 0-based as the protocol counts them: 9 is {@code train}, 13 {@code evaluate}. */
    private static final String SCRIPT = """
            data iris = csv("iris.csv") {
              split train 80%, test 20%
            }
            data raw = csv("iris.csv")
            model mlp {
              input iris
              dense 16 relu
              dense 3 softmax
            }
            train mlp on iris.train {
              epochs 5
              optimizer adma(lr=0.01)
            }
            evaluate mlp on raw.test
            """;

    @TempDir
    Path folder;

    @Test
    void spanishLocaleGivesTheDiagnosticsOfNnCheckInSpanishWordForWord() throws Exception {
        Path script = script();
        List<Diagnostic> fromCheck = check(script);
        assertTrue(fromCheck.stream().anyMatch(d -> d.hint() != null), "a diagnostic with help: " + fromCheck);
        DiagnosticRenderer nnCheck = new DiagnosticRenderer(SCRIPT, ES);
        try (LspClient client = new LspClient(ENGLISH_ENVIRONMENT)) {
            client.initialize("es");
            client.open(script.toUri().toString(), SCRIPT);
            List<org.eclipse.lsp4j.Diagnostic> shown =
                    client.nextDiagnostics(script.toUri().toString()).getDiagnostics();
            assertEquals(fromCheck.size(), shown.size(), shown.toString());
            for (int i = 0; i < shown.size(); i++) {
                Diagnostic expected = fromCheck.get(i);
                String[] lines = shown.get(i).getMessage().split("\n");
                String rendered = nnCheck.render(expected);
                // the first line of nn check ends with the message, its "= ..." line is the help
                assertTrue(rendered.startsWith(expected.headline(ES)), rendered);
                assertEquals(expected.message(ES), lines[0]);
                assertNotEquals(expected.message(), lines[0], "in Spanish: " + lines[0]);
                if (expected.hint() == null) {
                    assertEquals(1, lines.length, shown.get(i).getMessage());
                } else {
                    assertEquals(2, lines.length, shown.get(i).getMessage());
                    assertTrue(rendered.contains(" = " + lines[1] + "\n"), rendered + " has " + lines[1]);
                    assertTrue(lines[1].startsWith("sugerencia: "), lines[1]);
                }
            }
            assertTrue(
                    shown.get(0).getMessage().contains("'adma'"), shown.get(0).getMessage());
        }
    }

    @Test
    void englishLocaleGivesEnglishEvenInASpanishEnvironment() throws Exception {
        Path script = script();
        List<Diagnostic> fromCheck = check(script);
        String uri = script.toUri().toString();
        try (LspClient client = new LspClient(SPANISH_ENVIRONMENT)) {
            client.initialize("en-US");
            client.open(uri, SCRIPT);
            assertEquals(
                    english(fromCheck), messages(client.nextDiagnostics(uri).getDiagnostics()));
            assertTrue(client.hover(uri, new Position(13, 10)).startsWith("**model mlp**"));
            assertTrue(client.hover(uri, new Position(10, 3)).startsWith("epochs N: passes over the training data"));
            assertEquals("statement", detail(client.complete(uri, new Position(14, 0)), "train"));
        }
    }

    @Test
    void noLocaleTakesTheEnvironmentsLanguage() throws Exception {
        Path script = script();
        List<Diagnostic> fromCheck = check(script);
        String uri = script.toUri().toString();
        try (LspClient client = new LspClient(ENGLISH_ENVIRONMENT)) {
            client.initialize(null);
            client.open(uri, SCRIPT);
            assertEquals(
                    english(fromCheck), messages(client.nextDiagnostics(uri).getDiagnostics()));
            assertTrue(client.hover(uri, new Position(10, 3)).startsWith("epochs N: passes over the training data"));
            assertEquals("statement", detail(client.complete(uri, new Position(14, 0)), "train"));
        }
        try (LspClient client = new LspClient(SPANISH_ENVIRONMENT)) {
            client.initialize(null);
            client.open(uri, SCRIPT);
            List<String> spanish = fromCheck.stream()
                    .map(d ->
                            d.hint() == null ? d.message(ES) : d.message(ES) + "\n" + ES.text("diag.help", d.hint(ES)))
                    .toList();
            assertEquals(spanish, messages(client.nextDiagnostics(uri).getDiagnostics()));
            assertTrue(client.hover(uri, new Position(10, 3)).startsWith("epochs N: cuántas épocas"));
            assertEquals("instrucción", detail(client.complete(uri, new Position(14, 0)), "train"));
        }
    }

    @Test
    void spanishHoverExplainsAKeywordAModelAndADataSet() throws Exception {
        Path script = script();
        String uri = script.toUri().toString();
        try (LspClient client = new LspClient(ENGLISH_ENVIRONMENT)) {
            client.initialize("es-ES");
            client.open(uri, SCRIPT);
            String epochs = client.hover(uri, new Position(10, 3));
            assertEquals(KeywordHelp.of("epochs", ES).orElseThrow(), epochs);
            assertTrue(epochs.startsWith("epochs N: cuántas épocas"), epochs);
            assertTrue(client.hover(uri, new Position(6, 12)).startsWith("relu: max(0, x)"));
            assertTrue(client.hover(uri, new Position(9, 2)).startsWith("train MODELO on DATOS"));

            String model = client.hover(uri, new Position(13, 10)); // evaluate m|lp
            assertNotNull(model);
            assertTrue(model.startsWith("**modelo mlp**"), model);
            assertTrue(model.contains("| capa | salida | parámetros |"), model);
            assertTrue(model.contains("| input | 3 | 0 |"), model);
            assertTrue(model.contains("| dense 16 relu | 16 | 64 |"), model);
            assertTrue(model.contains("| dense 3 softmax | 3 | 51 |"), model);
            assertTrue(model.endsWith("\n115 parámetros"), model);

            String data = client.hover(uri, new Position(9, 15)); // train mlp on i|ris.train
            assertNotNull(data);
            assertTrue(data.startsWith("**datos iris**"), data);
            assertTrue(data.contains("\n- entradas: 3"), data);
            assertTrue(data.contains("\n- tarea: clasificación"), data);
            assertTrue(data.contains("\n- clases (3): a, b, c"), data);
            assertTrue(data.contains("\n- partes: iris.train, iris.test"), data);
        }
    }

    @Test
    void hoverSaysWhyALayerDoesNotFitInEitherLanguage() {
        // the checker compiles no model whose layers do not fit: give the hover one by hand
        String source = "model bad {\n  input 4\n  dense 3\n}\n";
        Analysis checked = Analysis.of(source, "bad.nn", new OpenDocument("untitled:bad", 1, source).paths());
        ModelPlan compiled = (ModelPlan) checked.plans().get(0);
        ModelPlan misfit = new ModelPlan(
                "bad",
                new InputPlan.Fixed(List.of(4)),
                List.of(new PoolSpec(PoolSpec.Op.MAX, 2)),
                Optional.empty(),
                compiled.where());
        Analysis analysis = new Analysis(checked.script(), List.of(), List.of(misfit), checked.scope());
        Names.Definition bad = new Names(analysis.script()).definedBefore(10).get(0);
        ShapeException why = assertThrows(
                ShapeException.class, () -> new PoolSpec(PoolSpec.Op.MAX, 2).outputShape(Shape.ofInput(List.of(4))));
        String reason = why.fix() == null
                ? why.text().in(ES)
                : why.text().in(ES) + "; " + why.fix().in(ES);

        String spanish = new HoverText(analysis, ES).of(bad).orElseThrow();
        assertTrue(spanish.contains("| maxpool 2x2 | no encaja: " + reason + " | |"), spanish);
        String english = new HoverText(analysis, EN).of(bad).orElseThrow();
        assertTrue(english.contains("| maxpool 2x2 | does not fit: " + why.getMessage() + " | |"), english);
        assertNotEquals(why.getMessage(), reason, "the reason in Spanish too");
    }

    @Test
    void spanishCompletionDetails() throws Exception {
        String head = SCRIPT.substring(0, SCRIPT.indexOf("train mlp"));
        String uri = folder.resolve("complete.nn").toUri().toString();
        try (LspClient client = new LspClient(ENGLISH_ENVIRONMENT)) {
            client.initialize("es");
            client.open(uri, head + "train mlp \n");
            assertEquals("instrucción", detail(client.complete(uri, new Position(0, 0)), "model"));
            int last = (int) head.lines().count();
            assertEquals("train MODELO on DATOS", detail(client.complete(uri, new Position(last, 10)), "on"));
            assertEquals("modelo", detail(client.complete(uri, new Position(last, 6)), "mlp"));
            client.replace(uri, 2, head + "model m {\n  dense 16 \n}\n");
            assertEquals("capa", detail(client.complete(uri, new Position(last + 1, 2)), "dense"));
            assertEquals("función de activación", detail(client.complete(uri, new Position(last + 1, 11)), "relu"));
            assertEquals("opción de dense", detail(client.complete(uri, new Position(last + 1, 11)), "init="));
            client.replace(uri, 3, head + "train mlp on iris.train {\n  \n}\n");
            assertEquals("opción de entrenamiento", detail(client.complete(uri, new Position(last + 1, 2)), "epochs"));
        }
    }

    @Test
    void theEditorsLocaleChoosesAndTheEnvironmentFillsIn() {
        Map<String, String> none = Map.of();
        assertEquals(Language.SPANISH, NnLanguageServer.language("es", ENGLISH_ENVIRONMENT));
        assertEquals(Language.SPANISH, NnLanguageServer.language("es-ES", ENGLISH_ENVIRONMENT));
        assertEquals(Language.SPANISH, NnLanguageServer.language("es_MX", none));
        assertEquals(Language.ENGLISH, NnLanguageServer.language("en-US", SPANISH_ENVIRONMENT));
        assertEquals(Language.ENGLISH, NnLanguageServer.language("fr", SPANISH_ENVIRONMENT));
        assertEquals(Language.SPANISH, NnLanguageServer.language(null, SPANISH_ENVIRONMENT));
        assertEquals(Language.SPANISH, NnLanguageServer.language(" ", Map.of("LC_ALL", "es_AR.UTF-8", "LANG", "C")));
        assertEquals(Language.ENGLISH, NnLanguageServer.language(null, Map.of("LC_ALL", "C", "LANG", "es_ES")));
    }

    private List<Diagnostic> check(Path script) throws Exception {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        RunOptions options = RunOptions.builder().out(nowhere).err(nowhere).build();
        try (Session session = new Session(SessionSettings.of(options, folder, false))) {
            return session.check(SCRIPT, script).diagnostics();
        }
    }

    private static List<String> english(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.hint() == null ? d.message() : d.message() + "\n" + EN.text("diag.help", d.hint()))
                .toList();
    }

    private static List<String> messages(List<org.eclipse.lsp4j.Diagnostic> shown) {
        return shown.stream().map(org.eclipse.lsp4j.Diagnostic::getMessage).toList();
    }

    private static String detail(List<CompletionItem> items, String label) {
        return items.stream()
                .filter(i -> i.getLabel().equals(label))
                .findFirst()
                .map(CompletionItem::getDetail)
                .orElseThrow(() -> new AssertionError("no " + label + " among "
                        + items.stream().map(CompletionItem::getLabel).collect(Collectors.joining(", "))));
    }

    private Path script() throws Exception {
        Files.writeString(
                folder.resolve("iris.csv"), "sepal,petal,width,species\n1,2,1,a\n2,3,1,b\n3,1,2,c\n4,4,2,a\n5,1,3,b\n");
        return folder.resolve("iris.nn");
    }
}
