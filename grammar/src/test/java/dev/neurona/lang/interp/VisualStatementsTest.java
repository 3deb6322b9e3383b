package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code plot}, {@code evaluate ... to} and {@code report} run end to end on tiny data. */
class VisualStatementsTest {

    @TempDir
    Path dir;

    @Test
    void plotsEvaluatesToFilesAndReportsOnImages() throws Exception {
        TestFiles.writeIdx(dir.resolve("images.gz"), dir.resolve("labels.gz"), 80, 8, 8, 4);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    seed 3
                    data digits = idx("images.gz", "labels.gz") { scale 1/255; split train 75%, valid 25% }
                    model m { input 8x8; dense 6 relu; dense 4 softmax }
                    train m on digits.train { epochs 4; batch 8; validate on digits.valid }
                    plot m
                    plot m curves to "out/curves.png"
                    plot m weights to "out/weights.png"
                    evaluate m on digits.valid to "out/cm.png"
                    evaluate m on digits.valid to "out/evaluation.txt"
                    report m on digits.valid to "out/report.html"
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            String out = run.out();
            assertFalse(out.contains("\r"), "no carriage return when the output is not a terminal");
            assertTrue(out.contains("curves of m (4 epochs)\nloss "), out);
            assertTrue(out.contains("\naccuracy "), out);
            assertTrue(
                    out.contains("plotted the curves of m to " + dir.resolve("out/curves.png") + " (1120×380)\n"), out);
            assertTrue(
                    out.contains("plotted the confusion matrix to " + dir.resolve("out/cm.png") + " (480×480)\n"), out);
            assertTrue(
                    out.contains("wrote the report on m and digits.valid to " + dir.resolve("out/report.html")), out);
        }
        assertSize(dir.resolve("out/curves.png"), 1120, 380);
        // 8x8 inputs at 10 pixels each: six 80-pixel tiles in one row, 4-pixel gaps.
        assertSize(dir.resolve("out/weights.png"), 4 + 6 * 84, 4 + 84);
        assertSize(dir.resolve("out/cm.png"), 480, 480);
        String text = Files.readString(dir.resolve("out/evaluation.txt"));
        assertTrue(text.startsWith("evaluate m on digits.valid (20 rows)\nloss "), text);
        assertTrue(text.contains("confusion matrix (rows: true class, columns: predicted)"), text);

        Document page = xml(dir.resolve("out/report.html"));
        assertEquals(
                List.of("model", "curves", "evaluation", "confusion", "misclassified", "weights"), sectionIds(page));
        String report = page.getDocumentElement().getTextContent();
        assertTrue(report.contains("64×6 + 6 = 390"), report);
        assertTrue(report.contains("Trained for 4 epochs; last: loss "), report);
    }

    @Test
    void aRegressionReportHasNoConfusionMatrix() throws Exception {
        TinyData.houses(dir);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    data houses = csv("houses.csv") { normalize standard }
                    model r { input houses; dense 4 relu; dense 1 }
                    train r on houses { epochs 3; validate 20% }
                    report r on houses to "houses.html"
                    plot r
                    """);
            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertFalse(run.out().contains("\naccuracy "), "regression has no accuracy chart");
        }
        Document page = xml(dir.resolve("houses.html"));
        assertEquals(List.of("model", "curves", "evaluation"), sectionIds(page));
        assertTrue(page.getDocumentElement().getTextContent().contains("R²"));
    }

    @Test
    void curvesOfAModelNeverTrainedAreAFailureThatNamesTheModel() throws IOException {
        TinyData.pets(dir);
        try (Captured run = new Captured(dir, null, 1, false, true)) {
            assertEquals(
                    Outcome.Status.OK,
                    run.run("model m { input 2; dense 2 softmax }").status());
            Outcome outcome = run.run("plot m");
            assertEquals(Outcome.Status.SCRIPT_ERROR, outcome.status());
            assertTrue(
                    run.err().contains("error: model 'm' has not been trained yet, so it has no curves to plot"),
                    run.err());
        }
    }

    @Test
    void trainingThatOverfitsSaysSoOnceInPlainWords() throws IOException {
        // Eight rows with random labels, a wide network, many epochs: it can only learn them by heart.
        StringBuilder csv = new StringBuilder("a,b,c,label\n");
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < 60; i++) {
            csv.append(String.format(
                    java.util.Locale.ROOT,
                    "%.3f,%.3f,%.3f,%s%n",
                    random.nextDouble(),
                    random.nextDouble(),
                    random.nextDouble(),
                    random.nextBoolean() ? "yes" : "no"));
        }
        TestFiles.write(dir.resolve("noise.csv"), csv.toString());
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    seed 5
                    data noise = csv("noise.csv") { split train 50%, valid 50% }
                    model big { input noise; dense 64 relu; dense 64 relu; dense 2 softmax }
                    train big on noise.train { optimizer adam(lr=0.01); epochs 60; batch 8; validate on noise.valid }
                    """);
            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            String out = run.out();
            assertEquals(1, out.split("note: validation loss has risen", -1).length - 1, out);
            assertTrue(out.contains("(overfitting)"), out);
        }
    }

    private static void assertSize(Path png, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is a readable image");
        assertEquals(width, image.getWidth(), png + " width");
        assertEquals(height, image.getHeight(), png + " height");
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> sectionIds(Document page) {
        List<String> ids = new ArrayList<>();
        NodeList sections = page.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) ids.add(((Element) sections.item(i)).getAttribute("id"));
        return ids;
    }
}
