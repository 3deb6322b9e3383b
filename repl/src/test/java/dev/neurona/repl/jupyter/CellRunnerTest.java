package dev.neurona.repl.jupyter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.repl.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells run in one session, in-process: what they print, draw and report, as the kernel sends it. */
class CellRunnerTest {

    private static final String DEFINE = """
            seed 3
            data pets = csv("pets.csv") { target kind; normalize standard; split train 80%, test 20% }
            model m { input pets; dense 4 relu; dense 2 softmax }
            """;

    @TempDir
    Path dir;

    private CellRunner cells;
    private final Kept kept = new Kept();

    @BeforeEach
    void start() {
        TestData.pets(dir);
        cells = new CellRunner(dir, dir.resolve("datasets"));
    }

    @AfterEach
    void stop() {
        cells.close();
    }

    @Test
    void namesStayFromCellToCell() {
        cells.run(DEFINE, kept);
        cells.run("print m", kept);
        assertTrue(kept.plain().contains("model m"), kept.plain());
        assertTrue(kept.plain().contains("dense2"), kept.plain());
    }

    @Test
    void anErrorNamesItsLineAndColumnInTheCellAfterTheEntriesBeforeItRan() {
        cells.run(DEFINE, kept);
        CellError error = assertThrows(
                CellError.class, () -> cells.run("print m\n\ntrain mm on pets.train { epochs 1 }\nprint pets", kept));
        assertTrue(error.getMessage().startsWith("<input>:3:7: error: unknown model 'mm'"), error.getMessage());
        assertTrue(
                error.lines().stream().anyMatch(line -> line.trim().startsWith("| ") && line.contains("^^")),
                String.join("\n", error.lines()));
        assertTrue(kept.plain().contains("model m"), "the entry before the error ran: " + kept.plain());
        assertFalse(kept.plain().contains("data pets"), "the entry after the error did not run: " + kept.plain());
    }

    @Test
    void aPlotWithoutAFileComesBackAsAPng() {
        cells.run(DEFINE + "train m on pets.train { epochs 2 }", kept);
        cells.run("plot m curves", kept);
        assertEquals(1, kept.images.size());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(kept.images.get(0), 4));
        assertFalse(kept.text().contains("plotted"), "the temporary file is not mentioned: " + kept.text());
    }

    @Test
    void trainingIsOneDisplayRedrawnInPlaceNotALinePerEpoch() {
        cells.run(DEFINE + "train m on pets.train { epochs 3 }", kept);
        assertTrue(kept.displays.get(0).startsWith("new nn-train-"), kept.displays.toString());
        String id = kept.displays.get(0).substring(4, kept.displays.get(0).indexOf(':'));
        assertTrue(
                kept.displays.stream().skip(1).allMatch(d -> d.startsWith("update " + id + ": ")),
                kept.displays.toString());
        assertTrue(
                kept.displays.get(kept.displays.size() - 1).contains("trained m: epoch 3/3"), kept.displays.toString());
        assertFalse(kept.text().contains("epoch 1/3"), "no epoch lines in the text: " + kept.text());
    }

    @Test
    void underLangEsTheTrainingDisplayIsSpanishAndItsEpochLinesStillLeaveTheText() {
        cells.run(":lang es", kept);
        cells.run(DEFINE + "train m on pets.train { epochs 3 }", kept);
        assertTrue(kept.displays.get(0).endsWith(": entrenando m: 3 épocas de 2 lotes"), kept.displays.toString());
        String last = kept.displays.get(kept.displays.size() - 1);
        assertTrue(last.contains(": m entrenado: época 3/3  pérdida "), kept.displays.toString());
        assertTrue(
                kept.displays.stream().noneMatch(d -> d.contains("training") || d.contains("epoch")),
                kept.displays.toString());
        assertFalse(kept.text().contains("época 1/3"), "no epoch lines in the text: " + kept.text());
    }

    @Test
    void anInterruptStopsTrainingAndTheSessionGoesOn() throws Exception {
        cells.run(DEFINE, kept);
        CellOutput interruptOnFirstEpoch = new Kept() {
            @Override
            public void progress(String displayId, String text, boolean first) {
                if (text.contains("epoch 1/")) {
                    cells.interrupt(); // as the kernel's control thread does, while the batches run
                }
            }
        };
        CellError error = assertThrows(
                CellError.class, () -> cells.run("train m on pets.train { epochs 100000 }", interruptOnFirstEpoch));
        assertTrue(
                error.getMessage().startsWith("<input>:1:7: error: interrupted: training of 'm' stopped"),
                error.getMessage());
        assertTrue(
                String.join("\n", error.lines()).contains("Stopping after the current batch"),
                error.lines().toString());
        cells.run("print m", kept);
        assertTrue(kept.plain().contains("trained for"), kept.plain());
    }

    @Test
    void javaSnippetsSeeTheModelsOfTheSession() {
        cells.run(DEFINE, kept);
        cells.run("int units = m.spec().outputWidth();\nunits * 10", kept);
        assertTrue(kept.text().contains("20"), kept.text());
    }

    @Test
    void aJavaErrorSaysWhereInTheCellItsSnippetStarts() {
        CellError error = assertThrows(CellError.class, () -> cells.run("int a = 1;\nint b = nothing;", kept));
        assertTrue(error.getMessage().contains("error: cannot find symbol: variable nothing"), error.getMessage());
        assertEquals(
                "in the snippet starting on line 2 of the cell:", error.lines().get(0));
    }

    @Test
    void underLangEsTheCellSaysInSpanishWhereTheSnippetStarts() {
        cells.run(":lang es", kept);
        CellError error = assertThrows(CellError.class, () -> cells.run("int a = 1;\nint b = nothing;", kept));
        assertEquals(
                "en el fragmento que empieza en la línea 2 de la celda:",
                error.lines().get(0));
    }

    @Test
    void interruptingWhenNothingRunsIsHarmless() {
        assertFalse(cells.interrupt());
        cells.run(DEFINE, kept);
        assertTrue(kept.warnings.isEmpty(), String.join("", kept.warnings));
    }

    @Test
    void printingADataSetGivesItsTablesAsHtmlWithTheSameTextTheReplPrints() {
        cells.run(DEFINE, kept);
        cells.run("print pets", kept);
        assertEquals(1, kept.tables.size(), kept.events.toString());
        String html = kept.tables.get(0)[0];
        String text = kept.tables.get(0)[1];
        assertTrue(text.startsWith("data pets: 60 rows × 2 features, classification\n2 classes:\n"), text);
        assertTrue(text.contains("parts: pets.train (48 rows), pets.test (12 rows)"), text);
        assertTrue(html.contains("<p><strong>data pets: 60 rows × 2 features, classification</strong></p>"), html);
        assertTrue(html.contains("<caption>2 classes</caption>"), html);
        assertTrue(html.contains("<tr><td>cat</td><td style=\"text-align: right\">30</td>"), html);
        assertTrue(html.contains("<caption>first rows (after preprocessing)</caption>"), html);
        assertTrue(html.contains("<th>weight</th><th>height</th><th>class</th>"), html);
        assertEquals("", kept.text(), "the summary is not printed a second time as text");
    }

    @Test
    void printingAModelGivesItsLayersAsATable() {
        cells.run(DEFINE, kept);
        cells.run("print m", kept);
        String html = kept.tables.get(0)[0];
        assertTrue(html.contains("<caption>model m</caption>"), html);
        assertTrue(html.contains("<th>layer</th><th>output</th><th>activation</th><th>parameters</th>"), html);
        assertTrue(
                html.contains(
                        "<td>dense1</td><td style=\"text-align: right\">4</td><td>relu</td><td>2×4 + 4 = 12</td>"),
                html);
        assertTrue(html.contains("<p>total parameters: 22</p>"), html);
        assertTrue(kept.tables.get(0)[1].startsWith("model m\n"), kept.tables.get(0)[1]);
    }

    @Test
    void anEvaluationGivesItsScoresAndConfusionMatrixAsTablesWithTheFiguresOfItsText() {
        cells.run(DEFINE + "train m on pets.train { epochs 5 }", kept);
        cells.run("evaluate m on pets.test", kept);
        String html = kept.tables.get(0)[0];
        String text = kept.tables.get(0)[1];
        assertTrue(text.startsWith("evaluate m on pets.test (12 rows)\nloss "), text);
        String accuracy = text.substring(text.indexOf("accuracy ") + 9, text.indexOf("accuracy ") + 15);
        assertTrue(html.contains("<p><strong>evaluate m on pets.test (12 rows)</strong></p>"), html);
        assertTrue(html.contains(", accuracy " + accuracy + "</caption>"), html);
        assertTrue(html.contains("<th></th><th>precision</th><th>recall</th><th>f1-score</th><th>support</th>"), html);
        assertTrue(html.contains("<td>macro avg</td>"), html);
        assertTrue(html.contains("<caption>confusion matrix (rows: true class, columns: predicted)</caption>"), html);
        assertTrue(html.contains("<th>true \\ predicted</th><th>cat</th><th>dog</th>"), html);
    }

    @Test
    void afterLangEsTheTablesAreInSpanishToo() {
        cells.run(":lang es", kept);
        cells.run(DEFINE + "train m on pets.train { epochs 5 }", kept);
        cells.run("print m", kept);
        cells.run("evaluate m on pets.test", kept);
        String model = kept.tables.get(0)[0];
        assertTrue(model.contains("<caption>modelo m</caption>"), model);
        assertTrue(model.contains("<th>capa</th><th>salida</th><th>activación</th><th>parámetros</th>"), model);
        assertTrue(model.contains("<p>parámetros en total: 22</p>"), model);
        String evaluation = kept.tables.get(1)[0];
        assertTrue(evaluation.contains(", exactitud "), evaluation);
        assertTrue(evaluation.contains("<td>media simple</td>"), evaluation);
        assertTrue(evaluation.contains("<th>real \\ predicha</th><th>cat</th><th>dog</th>"), evaluation);
        assertTrue(!evaluation.contains("precision") && !evaluation.contains("confusion matrix"), evaluation);
    }

    @Test
    void anExplanationGivesItsLayersAsATableAndItsAdviceAsLists() {
        cells.run(DEFINE, kept);
        cells.run("explain m", kept);
        String html = kept.tables.get(0)[0];
        assertTrue(html.contains("<caption>What each layer does:</caption>"), html);
        assertTrue(html.contains("<th>layer</th><th>what it does</th>"), html);
        assertTrue(html.contains("<td>dense1 (dense 4 relu): 2 → 4, 12 parameters (54.5%)</td>"), html);
        assertTrue(html.contains("<p><strong>Next steps:</strong></p>\n<ul>\n<li>"), html);
        assertTrue(
                kept.tables.get(0)[1].startsWith("model m: 2 inputs → 2 outputs"),
                kept.tables.get(0)[1]);
    }

    @Test
    void anExplanationInSpanishHasItsTableInSpanish() {
        cells.run(DEFINE + ":lang es", kept);
        cells.run("explain m", kept);
        String html = kept.tables.get(0)[0];
        assertTrue(html.contains("<caption>Qué hace cada capa:</caption>"), html);
        assertTrue(html.contains("<th>capa</th><th>qué hace</th>"), html);
        assertTrue(html.contains("<p><strong>Próximos pasos:</strong></p>"), html);
    }

    @Test
    void textPrintedBeforeATableComesBeforeIt() {
        cells.run(DEFINE, kept);
        cells.run("print \"first\"\nprint m\nprint \"last\"", kept);
        assertEquals(List.of("text first\n", "table model m", "text last\n"), kept.events);
    }

    @Test
    void valuesFromDataAreEscapedInTheHtml() {
        TestData.write(
                dir.resolve("odd.csv"),
                "size,<b>weight</b>,kind\n1,2,<script>alert(1)</script>\n2,3,cats & dogs\n3,4,<script>alert(1)</script>\n");
        cells.run("data odd = csv(\"odd.csv\") { target kind }\nprint odd", kept);
        String html = kept.tables.get(0)[0];
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>weight"), html);
        assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("<td>cats &amp; dogs</td>"), html);
        assertTrue(html.contains("<th>&lt;b&gt;weight&lt;/b&gt;</th>"), html);
        assertTrue(kept.tables.get(0)[1].contains("<script>alert(1)</script>"), "the text twin is the text as printed");
    }

    private static class Kept implements CellOutput {
        final List<String> events = new ArrayList<>();
        final List<String[]> tables = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<byte[]> images = new ArrayList<>();
        final List<String> displays = new ArrayList<>();

        String text() {
            return String.join("", texts);
        }

        /** The text and the plain twins of the tables, in order, as a terminal would have printed them. */
        String plain() {
            StringBuilder plain = new StringBuilder();
            int table = 0;
            int text = 0;
            for (String event : events) {
                plain.append(event.startsWith("table ") ? tables.get(table++)[1] : texts.get(text++));
            }
            return plain.toString();
        }

        @Override
        public void text(String text) {
            texts.add(text);
            events.add("text " + text);
        }

        @Override
        public void table(String html, String text) {
            tables.add(new String[] {html, text});
            events.add("table " + text.lines().findFirst().orElse(""));
        }

        @Override
        public void warning(String text) {
            warnings.add(text);
        }

        @Override
        public void image(byte[] png, String description) {
            images.add(png);
        }

        @Override
        public void progress(String displayId, String text, boolean first) {
            displays.add((first ? "new " : "update ") + displayId + ": " + text);
        }
    }
}
