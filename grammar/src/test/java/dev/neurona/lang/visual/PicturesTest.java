package dev.neurona.lang.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every picture is a valid PNG of the size it promises, and shows what it should where it should. */
class PicturesTest {

    @TempDir
    Path dir;

    @Test
    void curvesAreOnePanelForLossAndTwoWithAccuracy() throws IOException {
        double[] loss = {1.0, 0.6, 0.4};
        double[] accuracy = {0.5, 0.7, 0.8};
        double[] none = {Double.NaN, Double.NaN, Double.NaN};

        BufferedImage both = written(CurvesChart.draw(new Curves(loss, accuracy, loss, accuracy)), "curves.png");
        assertEquals(1120, both.getWidth());
        assertEquals(380, both.getHeight());

        BufferedImage lossOnly = written(CurvesChart.draw(new Curves(loss, none, none, none)), "loss.png");
        assertEquals(560, lossOnly.getWidth());
        assertEquals(380, lossOnly.getHeight());
        assertTrue(countColour(lossOnly, CurvesChart.TRAINING) > 100, "the training line is drawn in blue");
        assertEquals(0, countColour(lossOnly, CurvesChart.VALIDATION), "no validation line without validation");
    }

    @Test
    void theConfusionMatrixIsASquareHeatMap() throws IOException {
        int[][] counts = {{50, 2, 0}, {3, 40, 7}, {0, 1, 47}};
        BufferedImage image =
                written(ConfusionChart.draw(counts, List.of("setosa", "versicolor", "virginica")), "cm.png");
        assertEquals(480, image.getWidth());
        assertEquals(480, image.getHeight());
        assertEquals(720, ConfusionChart.size(10));
        assertThrows(IllegalArgumentException.class, () -> ConfusionChart.draw(counts, List.of("a", "b")));
    }

    @Test
    void weightsAreTilesInTheInputsShapeRedForPositiveBlueForNegative() throws IOException {
        int units = 10;
        int height = 28;
        int width = 28;
        float[] weights = new float[height * width * units];
        // Unit 0 likes the top half and dislikes the bottom half.
        for (int p = 0; p < height * width; p++) weights[p * units] = p < height * width / 2 ? 1f : -1f;

        BufferedImage image = written(WeightTiles.draw(weights, units, height, width), "weights.png");

        // 3 pixels per input pixel (84-pixel tiles), 8 columns and 2 rows of tiles, 4-pixel gaps.
        assertEquals(4 + 8 * (84 + 4), image.getWidth());
        assertEquals(4 + 2 * (84 + 4), image.getHeight());
        assertEquals(new Color(255, 0, 0).getRGB(), image.getRGB(4 + 10, 4 + 10), "top of unit 0 is red");
        assertEquals(new Color(0, 0, 255).getRGB(), image.getRGB(4 + 10, 4 + 80), "bottom of unit 0 is blue");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(4 + 88 + 10, 4 + 10), "unit 1 has only zero weights");
    }

    @Test
    void manyUnitsShowTheFirstSixtyFour() {
        BufferedImage image = WeightTiles.draw(new float[8 * 8 * 100], 100, 8, 8);
        assertEquals(64, WeightTiles.shown(100));
        // 8x8 inputs: 10 pixels each, 80-pixel tiles.
        assertEquals(4 + 8 * 84, image.getWidth());
        assertEquals(4 + 8 * 84, image.getHeight());
        assertThrows(IllegalArgumentException.class, () -> WeightTiles.draw(new float[10], 3, 2, 2));
    }

    @Test
    void examplesAreInkOnPaperWhateverTheirScale() {
        float[] pixels = {-1f, 3f, 3f, -1f};
        BufferedImage image = GrayImage.draw(pixels, 0, 2, 2, 2);
        assertEquals(4, image.getWidth());
        assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF, "the lowest value is white paper");
        assertEquals(0x000000, image.getRGB(2, 0) & 0xFFFFFF, "the highest value is black ink");
    }

    @Test
    void aFileIsWrittenWholeWithNothingLeftBeside() throws IOException {
        Path file = dir.resolve("deep/down/picture.png");
        Png.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), file);
        assertNotNull(ImageIO.read(file.toFile()));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(
                    List.of("picture.png"),
                    files.map(f -> f.getFileName().toString()).toList());
        }
        Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
        UncheckedIOException failure = assertThrows(
                UncheckedIOException.class,
                () -> Png.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), dir.resolve("blocker/x.png")));
        assertTrue(
                failure.getMessage().startsWith("could not write '" + dir.resolve("blocker/x.png") + "': "),
                failure.getMessage());
    }

    /** Writes the image as a PNG file and reads it back, as any viewer would. */
    private BufferedImage written(BufferedImage image, String name) throws IOException {
        Path file = dir.resolve(name);
        Png.write(image, file);
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(
                Arrays.equals(Arrays.copyOf(bytes, 8), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
                "PNG signature");
        BufferedImage read = ImageIO.read(file.toFile());
        assertNotNull(read, name + " is not a readable image");
        return read;
    }

    private static long countColour(BufferedImage image, Color colour) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++)
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) count++;
        }
        return count;
    }
}
