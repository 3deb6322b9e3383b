package dev.neurona.lang.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A convolution's kernels and one input's feature maps: the grid each picture promises, the
 * colours of known kernels and maps, their text versions, and the report's section.
 */
class ConvolutionPicturesTest {

    private static final int RED = new Color(255, 0, 0).getRGB();
    private static final int BLUE = new Color(0, 0, 255).getRGB();
    private static final int WHITE = Color.WHITE.getRGB();

    @Test
    void oneChannelKernelsAreRedBlueTilesEnlargedSoThatThreeByThreeShows() throws IOException {
        // Filter 1 finds vertical edges (1, 0, -1 on every row); filter 2 is all zero; 3 and 4 are one weight each.
        float[] weights = new float[4 * 9];
        for (int y = 0; y < 3; y++) {
            weights[y * 3] = 1;
            weights[y * 3 + 2] = -1;
        }
        weights[2 * 9 + 4] = 0.01f;
        weights[3 * 9 + 8] = -5;
        BufferedImage image = png(FilterTiles.draw(new Filters("conv1", weights, 4, 1, 3)));

        assertEquals(16, FilterTiles.scale(3), "a 3x3 kernel is 16 pixels per weight");
        assertEquals(4 + 4 * (48 + 4), image.getWidth(), "four 48-pixel tiles in a row, 4 pixels apart");
        assertEquals(4 + 48 + 4, image.getHeight());
        int left = 4;
        int top = 4;
        assertEquals(RED, image.getRGB(left + 8, top + 8), "top left of the edge kernel: +1");
        assertEquals(WHITE, image.getRGB(left + 16 + 8, top + 8), "its middle column: 0");
        assertEquals(BLUE, image.getRGB(left + 32 + 8, top + 40), "its right column: -1");
        assertEquals(WHITE, image.getRGB(left + 52 + 24, top + 24), "filter 2 is all zero");
        assertEquals(RED, image.getRGB(left + 2 * 52 + 24, top + 24), "a tiny weight is full red in its own range");
        assertEquals(BLUE, image.getRGB(left + 3 * 52 + 40, top + 40), "filter 4's one weight, bottom right");
        assertEquals(new Color(0x9A9A9A).getRGB(), image.getRGB(left + 48 + 1, top + 8), "a grey gap between tiles");
    }

    @Test
    void threeChannelKernelsAreColourPicturesAndOtherCountsARowPerChannel() throws IOException {
        // Two 1x1 filters over red, green, blue: the first is +1, 0, -1; the second the other way round.
        float[] rgb = {1, 0, -1, -1, 0, 1};
        BufferedImage colour = png(FilterTiles.draw(new Filters("conv1", rgb, 2, 3, 1)));
        assertEquals(FilterTiles.Layout.RGB, FilterTiles.Layout.of(3));
        assertEquals(4 + 2 * (48 + 4), colour.getWidth());
        assertEquals(4 + 48 + 4, colour.getHeight());
        assertEquals(
                new Color(255, 128, 0).getRGB(), colour.getRGB(4 + 10, 4 + 10), "red high, green middle, blue low");
        assertEquals(new Color(0, 128, 255).getRGB(), colour.getRGB(4 + 52 + 10, 4 + 10));

        // Ten 3x3 filters over 2 channels: blocks of 8 filters, each block one row of tiles per channel.
        float[] two = new float[10 * 2 * 9];
        two[(9 * 2 + 1) * 9] = 1; // filter 10, channel 2, top left
        BufferedImage channels = png(FilterTiles.draw(new Filters("conv1", two, 10, 2, 3)));
        assertEquals(4 + 8 * 52, channels.getWidth());
        assertEquals(4 + 2 * (2 * 52) + FilterTiles.BLOCK_GAP, channels.getHeight());
        int secondBlock = 4 + 2 * 52 + FilterTiles.BLOCK_GAP;
        assertEquals(
                RED, channels.getRGB(4 + 52 + 4, secondBlock + 52 + 4), "filter 10, channel 2, in the second block");
        assertEquals(WHITE, channels.getRGB(4 + 52 + 4, secondBlock + 4), "filter 10, channel 1, is zero");
    }

    @Test
    void manyFiltersShowTheFirstSixtyFourAndAWrongArrayIsRefused() {
        BufferedImage image = FilterTiles.draw(new Filters("conv1", new float[100 * 25], 100, 1, 5));
        assertEquals(9 * 5, FilterTiles.tile(5), "5x5 kernels: 9 pixels per weight");
        assertEquals(4 + 8 * (45 + 4), image.getWidth());
        assertEquals(4 + 8 * (45 + 4), image.getHeight(), "8 rows of 8: the first 64 filters");
        assertThrows(IllegalArgumentException.class, () -> new Filters("conv1", new float[10], 2, 1, 3));
    }

    @Test
    void mapsAreBandsOfTilesUnderTheirLabelsEachInItsOwnRange() throws IOException {
        // Input 8x8 with one bright pixel; conv1 16 maps of 8x8, map c bright at column c % 8; pool1 16 maps of 4x4.
        float[] pixels = new float[64];
        pixels[2 * 8 + 5] = 1;
        float[] conv = new float[16 * 64];
        for (int c = 0; c < 16; c++) for (int y = 0; y < 8; y++) conv[c * 64 + y * 8 + c % 8] = 10 + c;
        float[] pool = new float[16 * 16];
        FeatureMaps maps = new FeatureMaps(
                new FeatureMaps.Band("input 1x8x8, row 0 of d", pixels, 1, 8, 8),
                List.of(
                        new FeatureMaps.Band("conv1 16x8x8", conv, 16, 8, 8),
                        new FeatureMaps.Band("maxpool1 16x4x4", pool, 16, 4, 4)),
                "predicted 3 with probability 0.9000");

        BufferedImage image = png(MapBands.draw(maps));

        int input = MapBands.LINE + 8 * 14 + 4; // a label, then 8x8 at 14 pixels each
        int band = MapBands.LINE + 56 + 4; // a label, then one row of 56-pixel maps
        assertEquals(4 + 16 * (56 + 4), image.getWidth(), "16 maps in one row");
        assertEquals(4 + input + MapBands.LINE + 2 * band, image.getHeight(), "input, prediction, two bands");
        int inputTop = 4 + MapBands.LINE;
        assertEquals(
                0x000000, image.getRGB(4 + 5 * 14 + 7, inputTop + 2 * 14 + 7) & 0xFFFFFF, "the bright pixel is ink");
        assertEquals(0xFFFFFF, image.getRGB(4 + 4 * 14 + 7, inputTop + 2 * 14 + 7) & 0xFFFFFF, "the rest is paper");
        int convTop = 4 + input + MapBands.LINE + MapBands.LINE;
        for (int c : new int[] {0, 9, 15}) {
            int left = 4 + c * 60;
            assertEquals(
                    0x000000,
                    image.getRGB(left + (c % 8) * 7 + 3, convTop + 30) & 0xFFFFFF,
                    "map " + c + " is dark at its own column, whatever its scale");
            assertEquals(0xFFFFFF, image.getRGB(left + ((c + 1) % 8) * 7 + 3, convTop + 30) & 0xFFFFFF);
        }
        assertTrue(darkPixels(image, 0, 4 + input, 200, MapBands.LINE) > 20, "the prediction's line is written");
    }

    @Test
    void aBandOfMoreThanSixtyFourMapsSaysHowManyItShows() {
        FeatureMaps.Band big = new FeatureMaps.Band("conv2 128x2x2", new float[128 * 4], 128, 2, 2);
        assertEquals("conv2 128x2x2 (the first 64 of 128 maps)", MapBands.label(big));
        BufferedImage image = MapBands.draw(new FeatureMaps(
                new FeatureMaps.Band("input 1x2x2", new float[4], 1, 2, 2),
                List.of(big),
                "predicted 1 with probability 0.5000"));
        assertEquals(4 + 16 * (56 + 4), image.getWidth());
        assertEquals(4 + (MapBands.LINE + 112 + 4) + MapBands.LINE + (MapBands.LINE + 4 * (56 + 4)), image.getHeight());
        assertThrows(IllegalArgumentException.class, () -> new FeatureMaps.Band("x", new float[3], 1, 2, 2));
    }

    @Test
    void textImagesShadeFromBlankToFullAndShrinkWideMaps() {
        float[] map = {0, 1, 2, 3};
        assertEquals(List.of("  ░░", "▓▓██"), TextImage.render(map, 0, 2, 2, 40, Glyphs.UNICODE));
        assertEquals(List.of("  --", "**@@"), TextImage.render(map, 0, 2, 2, 40, Glyphs.ASCII));
        List<String> wide = TextImage.render(new float[28 * 28], 0, 28, 28, 18, Glyphs.UNICODE);
        assertEquals(9, wide.size(), "18 characters across, half as many lines");
        assertTrue(wide.stream().allMatch(line -> line.length() == 18));
        assertEquals(
                "1   2\n▓▓  ░\n", TextImage.sideBySide(List.of("1", "2"), List.of(List.of("▓▓"), List.of("░")), 2));
    }

    @Test
    void kernelsAndMapsInTheTerminal() {
        float[] identity = new float[2 * 9];
        identity[4] = 1;
        identity[9 + 4] = -1;
        String filters = FiltersText.render(new Filters("conv1", identity, 2, 1, 3), Glyphs.UNICODE);
        assertEquals("""
                conv1: 2 kernels of 3x3 on 1 channel; each from ' ' (lowest) to '█' (highest)
                1       2
                        ██████
                  ██    ██  ██
                        ██████
                """, filters);

        float[] pixels = new float[16];
        pixels[5] = 1;
        float[] conv = new float[6 * 16];
        String maps = MapsText.render(
                new FeatureMaps(
                        new FeatureMaps.Band("input 1x4x4, row 2 of d", pixels, 1, 4, 4),
                        List.of(new FeatureMaps.Band("conv1 6x4x4", conv, 6, 4, 4)),
                        "predicted cat with probability 0.7500"),
                Glyphs.ASCII);
        assertEquals("""
                input 1x4x4, row 2 of d

                  @@


                conv1 6x4x4 (the first 4 of 6 maps)
                1         2         3         4




                predicted cat with probability 0.7500
                """, maps);
    }

    @Test
    void theReportShowsTheFiltersAndTheMapsOfAConvolutionalNetwork() throws Exception {
        ReportContent dense = HtmlReportTest.digits();
        float[] weights = new float[8 * 9];
        for (int i = 0; i < weights.length; i++) weights[i] = (float) Math.cos(i);
        FeatureMaps maps = new FeatureMaps(
                new FeatureMaps.Band("input 1x8x8, row 0 of digits.valid", new float[64], 1, 8, 8),
                List.of(new FeatureMaps.Band("conv1 8x8x8", new float[8 * 64], 8, 8, 8)),
                "predicted 4 with probability 0.6000");
        ReportContent content = new ReportContent(
                dense.modelName(),
                dense.dataName(),
                dense.layers(),
                dense.modelFacts(),
                dense.curves(),
                dense.headline(),
                dense.evaluation(),
                dense.confusion(),
                dense.misclassified(),
                Optional.empty(),
                Optional.of(new ReportContent.Convolution(
                        new Filters("conv1", weights, 8, 1, 3), maps, "row 0 of digits.valid")));

        String html = HtmlReport.render(content);

        assertEquals(
                List.of("model", "curves", "evaluation", "confusion", "misclassified", "convolution"),
                HtmlReport.sections(content));
        int start = html.indexOf("<section id=\"convolution\">");
        assertTrue(start > 0, html);
        String section = html.substring(start, html.indexOf("</section>", start));
        assertTrue(section.contains("<h2>Filters and feature maps</h2>"), section);
        assertTrue(
                section.contains("What the first convolution, conv1, looks for: its 8 kernels of 3x3 on 1 channel,"
                        + " each scaled to its own range: red positive, blue negative."),
                section);
        assertTrue(section.contains("What each convolution and pool makes of row 0 of digits.valid"), section);
        assertTrue(section.contains("Predicted 4 with probability 0.6000."), section);
        List<BufferedImage> images = images(section);
        assertEquals(2, images.size(), "the filters, then the maps");
        assertEquals(4 + 8 * 52, images.get(0).getWidth());
        assertEquals(4 + 48 + 4, images.get(0).getHeight());
        assertEquals(4 + 8 * (56 + 4), images.get(1).getWidth(), "eight 8x8 maps at 7 pixels each");
        assertTrue(
                html.contains("href=\"#convolution\">Filters and feature maps</a>"), "listed in the page's navigation");
    }

    /** Encodes as a PNG and decodes it again, as a viewer would read the file. */
    private static BufferedImage png(BufferedImage image) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
        assertNotNull(read);
        return read;
    }

    private static List<BufferedImage> images(String html) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        String marker = "src=\"data:image/png;base64,";
        for (int at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + 1)) {
            int begin = at + marker.length();
            byte[] bytes = Base64.getDecoder().decode(html.substring(begin, html.indexOf('"', begin)));
            images.add(ImageIO.read(new ByteArrayInputStream(bytes)));
        }
        return images;
    }

    private static long darkPixels(BufferedImage image, int left, int top, int width, int height) {
        long dark = 0;
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) if ((image.getRGB(x, y) & 0xFF) < 128) dark++;
        }
        return dark;
    }
}
