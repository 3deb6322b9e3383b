package dev.neurona.lang.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report is one well-formed page with every section, and draws nothing from outside itself. */
class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void isWellFormedXhtmlWithEverySectionAndOnlyInlineImages() throws Exception {
        Path file = dir.resolve("report.html");
        HtmlReport.write(digits(), file);

        Document page = parse(Files.readString(file, StandardCharsets.UTF_8));

        List<String> ids = new ArrayList<>();
        NodeList sections = page.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) ids.add(((Element) sections.item(i)).getAttribute("id"));
        // A dense network's report: every section but the convolution's.
        assertEquals(
                HtmlReport.SECTIONS.stream()
                        .filter(id -> !id.equals("convolution"))
                        .toList(),
                ids);
        assertEquals(
                "Model mlp on digits.valid",
                page.getElementsByTagName("title").item(0).getTextContent());

        NodeList images = page.getElementsByTagName("img");
        assertEquals(1 + 1 + 3 + 1, images.getLength(), "curves, confusion, three misclassified digits, weights");
        for (int i = 0; i < images.getLength(); i++) {
            Element image = (Element) images.item(i);
            String src = image.getAttribute("src");
            assertTrue(src.startsWith("data:image/png;base64,"), "inline image: " + src.substring(0, 30));
            byte[] png = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
            var decoded = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(decoded, "image " + i + " decodes");
            assertEquals(image.getAttribute("width"), String.valueOf(decoded.getWidth()));
        }
        String text = page.getDocumentElement().getTextContent();
        assertTrue(text.contains("3 of 200 rows are misclassified."), text);
        assertTrue(text.contains("true 4, predicted 9"), text);
        assertTrue(text.contains("784×16 + 16 = 12,560"), text);
        String raw = Files.readString(file);
        assertFalse(raw.matches("(?s).*(src|href)=\"(https?:|//).*"), "nothing is fetched");
        String style = raw.substring(raw.indexOf("<style>"), raw.indexOf("</style>"));
        assertFalse(style.contains("&"), "an HTML parser reads a style sheet as raw text, so it holds no entity");
    }

    @Test
    void escapesWhatTheScriptNamedAndLeavesOutSectionsThatDoNotApply() throws Exception {
        ReportContent content = new ReportContent(
                "m",
                "a<b&\"c\"",
                table(),
                List.of("Not trained yet."),
                Optional.empty(),
                List.of("loss 0.5000", "MSE 0.5000"),
                table(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        String html = HtmlReport.render(content);
        Document page = parse(html);

        assertEquals(
                "Model m on a<b&\"c\"", page.getElementsByTagName("h1").item(0).getTextContent());
        assertEquals(List.of("model", "curves", "evaluation"), HtmlReport.sections(content));
        assertEquals(3, page.getElementsByTagName("section").getLength());
        assertTrue(html.contains("The model has not been trained yet, so there are no curves."), html);
        assertEquals(0, page.getElementsByTagName("img").getLength());
    }

    @Test
    void opensInAHeadlessBrowser() throws Exception {
        Optional<Path> chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
        Assumptions.assumeTrue(chromium.isPresent(), "skipped: no Chromium installed (apt-get install chromium)");
        Path file = dir.resolve("report.html");
        HtmlReport.write(digits(), file);
        Path shot = dir.resolve("shot.png");
        Process browser = new ProcessBuilder(
                        chromium.get().toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")),
                        "--screenshot=" + shot,
                        "--window-size=1200,1600",
                        file.toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        try {
            assertTrue(browser.waitFor(60, TimeUnit.SECONDS), "Chromium took more than a minute");
        } finally {
            browser.destroyForcibly();
        }
        var image = ImageIO.read(shot.toFile());
        assertNotNull(image, Files.readString(dir.resolve("chromium.log")));
        assertEquals(1200, image.getWidth());
        assertTrue(distinctColours(image) > 20, "the page is drawn, not blank");
    }

    /** A report on 200 digits of 28x28 pixels, 3 of them misclassified. */
    static ReportContent digits() {
        List<String> classes = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        int[][] counts = new int[10][10];
        for (int c = 0; c < 10; c++) counts[c][c] = 20;
        counts[4][4] = 18;
        counts[4][9] = 2;
        counts[7][7] = 19;
        counts[7][1] = 1;
        List<ReportContent.Example> wrong = new ArrayList<>();
        for (String caption : List.of("true 4, predicted 9", "true 4, predicted 9", "true 7, predicted 1")) {
            float[] pixels = new float[28 * 28];
            for (int p = 0; p < pixels.length; p += 3) pixels[p] = 1f;
            wrong.add(new ReportContent.Example(pixels, 28, 28, caption));
        }
        float[] weights = new float[784 * 16];
        for (int i = 0; i < weights.length; i++) weights[i] = (float) Math.sin(i * 0.01);
        ReportContent.Table layers = new ReportContent.Table(
                List.of("layer", "output", "activation", "parameters"),
                List.of(
                        List.of("input", "784 (28x28)", "", ""),
                        List.of("dense1", "16", "relu", "784×16 + 16 = 12,560"),
                        List.of("dense2", "10", "softmax", "16×10 + 10 = 170")));
        double[] loss = {1.2, 0.6, 0.4, 0.3};
        double[] accuracy = {0.6, 0.8, 0.9, 0.95};
        return new ReportContent(
                "mlp",
                "digits.valid",
                layers,
                List.of("Total parameters: 12,730."),
                Optional.of(new Curves(loss, accuracy, loss, accuracy)),
                List.of("loss 0.1000", "accuracy 0.9850"),
                table(),
                Optional.of(new ReportContent.Confusion(counts, classes)),
                Optional.of(new ReportContent.Misclassified(wrong, 3, 200)),
                Optional.of(new ReportContent.FirstLayer(weights, 16, 28, 28)));
    }

    private static ReportContent.Table table() {
        return new ReportContent.Table(
                List.of("class", "precision"), List.of(List.of("0", "1.0000"), List.of("1", "0.9000")));
    }

    /** Parses the page as XML: any unclosed tag, stray ampersand or bad nesting fails. */
    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static long distinctColours(java.awt.image.BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight() / 8)
                .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth() / 8)
                        .map(x -> image.getRGB(x * 8, y * 8)))
                .distinct()
                .count();
    }
}
