package dev.neurona.lang.visual;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * The first layer's weights drawn as images: for each unit, the weights from every input pixel
 * laid out in the input's shape ({@code 28x28}), so one sees what pattern the unit looks for.
 * Red is a positive weight, blue a negative one, white zero; each tile is scaled by its own
 * largest weight. At most {@value #MAX_UNITS} units are drawn, in a grid of up to
 * {@value #MAX_COLUMNS} columns.
 */
public final class WeightTiles {
    public static final int MAX_UNITS = 64;
    public static final int MAX_COLUMNS = 8;
    /** Space between tiles and around the grid, in pixels. */
    public static final int GAP = 4;

    private static final int TILE_TARGET = 84;
    private static final Color BACKGROUND = new Color(0x9A9A9A);

    static {
        Headless.ensure();
    }

    private WeightTiles() {}

    /** How many units are drawn: all, up to {@value #MAX_UNITS}. */
    public static int shown(int units) {
        return Math.min(units, MAX_UNITS);
    }

    /** How many image pixels one input pixel takes: tiles come out about 84 pixels wide. */
    public static int scale(int height, int width) {
        return Math.max(1, TILE_TARGET / Math.max(height, width));
    }

    public static int columns(int units) {
        return Math.min(shown(units), MAX_COLUMNS);
    }

    public static int rows(int units) {
        return (shown(units) + MAX_COLUMNS - 1) / MAX_COLUMNS;
    }

    /**
     * Draws the weights of a dense layer with {@code height × width} inputs and {@code units}
     * units, stored row-major as {@code inputs × units} ({@code weights[i * units + u]}, as the
     * runtime's dense layer keeps them); reads the array only.
     *
     * @throws IllegalArgumentException when the array does not hold {@code height·width·units} weights
     */
    public static BufferedImage draw(float[] weights, int units, int height, int width) {
        int inputs = height * width;
        if (weights.length != inputs * units) {
            throw new IllegalArgumentException("expected " + inputs + "×" + units + " weights, got " + weights.length);
        }
        int scale = scale(height, width);
        int tileW = width * scale;
        int tileH = height * scale;
        int columns = columns(units);
        int rows = rows(units);
        BufferedImage image = new BufferedImage(
                GAP + columns * (tileW + GAP), GAP + rows * (tileH + GAP), BufferedImage.TYPE_INT_RGB);
        fill(image, BACKGROUND.getRGB());
        for (int u = 0; u < shown(units); u++) {
            int left = GAP + (u % MAX_COLUMNS) * (tileW + GAP);
            int top = GAP + (u / MAX_COLUMNS) * (tileH + GAP);
            float largest = 1e-12f;
            for (int i = 0; i < inputs; i++) largest = Math.max(largest, Math.abs(weights[i * units + u]));
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int rgb = diverging(weights[(y * width + x) * units + u] / largest);
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++)
                            image.setRGB(left + x * scale + dx, top + y * scale + dy, rgb);
                    }
                }
            }
        }
        return image;
    }

    /** Blue for -1, white for 0, red for +1. */
    static int diverging(float t) {
        float v = Math.max(-1, Math.min(1, t));
        int fade = Math.round(255 * (1 - Math.abs(v)));
        return v >= 0 ? new Color(255, fade, fade).getRGB() : new Color(fade, fade, 255).getRGB();
    }

    private static void fill(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, rgb);
    }
}
