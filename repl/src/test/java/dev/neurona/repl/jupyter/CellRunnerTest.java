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
        assertTrue(kept.text().contains("model m"), kept.text());
        assertTrue(kept.text().contains("dense2"), kept.text());
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
        assertTrue(kept.text().contains("model m"), "the entry before the error ran: " + kept.text());
        assertFalse(kept.text().contains("data pets"), "the entry after the error did not run: " + kept.text());
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
        assertTrue(kept.text().contains("trained for"), kept.text());
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
    void interruptingWhenNothingRunsIsHarmless() {
        assertFalse(cells.interrupt());
        cells.run(DEFINE, kept);
        assertTrue(kept.warnings.isEmpty(), String.join("", kept.warnings));
    }

    private static class Kept implements CellOutput {
        final List<String> texts = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<byte[]> images = new ArrayList<>();
        final List<String> displays = new ArrayList<>();

        String text() {
            return String.join("", texts);
        }

        @Override
        public void text(String text) {
            texts.add(text);
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
