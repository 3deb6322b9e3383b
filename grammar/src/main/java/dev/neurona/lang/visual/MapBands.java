package dev.neurona.lang.visual;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One input and its feature maps as a picture, in bands from top to bottom: a label line, then the
 * input (a colour picture for three channels, else one grey tile per channel); a line with the
 * prediction; then for every convolution and pool, a label line ({@code conv1 16x28x28}) and its
 * maps in a grid. Each map is scaled to its own range, dark ink for its highest values on white
 * paper, as {@link GrayImage} draws digits; maps are enlarged without smoothing to about
 * {@value #MAP_TARGET} pixels, the input to about {@value #INPUT_TARGET}. At most
 * {@value #MAX_MAPS} maps per band are drawn, in rows of up to {@value #MAX_COLUMNS}.
 */
public final class MapBands {
    public static final int MAX_MAPS = 64;
    public static final int MAX_COLUMNS = 16;
    /** Space between tiles and around the picture, in pixels. */
    public static final int GAP = 4;
    /** The height of a line of text. */
    public static final int LINE = 20;
    /** The narrowest picture, so that the lines of text fit. */
    public static final int MIN_WIDTH = 360;
    /** Room per character of a line of text, so that a long line widens the picture. */
    public static final int CHAR_WIDTH = 7;

    static final int MAP_TARGET = 56;
    static final int INPUT_TARGET = 112;
    private static final Color PAPER = Color.WHITE;
    private static final Color TEXT = new Color(0x1D1D1F);
    private static final Color FRAME = new Color(0xC8C8C8);

    static {
        Headless.ensure();
    }

    private MapBands() {}

    /** How many image pixels one value of a map takes: maps come out about 56 pixels wide. */
    public static int scale(int height, int width) {
        return Math.max(1, MAP_TARGET / Math.max(height, width));
    }

    /** As {@link #scale}, for the input: about 112 pixels wide. */
    public static int inputScale(int height, int width) {
        return Math.max(1, INPUT_TARGET / Math.max(height, width));
    }

    /** How many maps of a band are drawn: all, up to {@value #MAX_MAPS}. */
    public static int shown(int channels) {
        return Math.min(channels, MAX_MAPS);
    }

    /** A band's label with, when not every map is drawn, how many are: {@code conv2 128x7x7 (the first 64 maps)}. */
    public static String label(FeatureMaps.Band band) {
        int shown = shown(band.channels());
        return band.label()
                + (shown < band.channels() ? " (the first " + shown + " of " + band.channels() + " maps)" : "");
    }

    /** Draws the input, the prediction and every band; reads the values only. */
    public static BufferedImage draw(FeatureMaps maps) {
        List<Block> blocks = new ArrayList<>();
        FeatureMaps.Band input = maps.input();
        blocks.add(new Block(label(input), input, inputScale(input.height(), input.width()), input.channels() == 3));
        blocks.add(new Block(maps.prediction(), null, 0, false));
        for (FeatureMaps.Band band : maps.layers()) {
            blocks.add(new Block(label(band), band, scale(band.height(), band.width()), false));
        }
        int width = MIN_WIDTH;
        int height = GAP;
        for (Block block : blocks) {
            width = Math.max(width, Math.max(block.gridWidth(), 2 * GAP + CHAR_WIDTH * block.text.length()));
            height += block.height();
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(PAPER);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int top = GAP;
            for (Block block : blocks) {
                g.setColor(TEXT);
                g.drawString(block.text, GAP, top + LINE - 6);
                if (block.band != null) block.drawTiles(g, top + LINE);
                top += block.height();
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A line of text and, below it, the band's tiles (none for the prediction's line). */
    private record Block(String text, FeatureMaps.@Nullable Band band, int scale, boolean colour) {

        int tiles() {
            return band == null ? 0 : colour ? 1 : shown(band.channels());
        }

        int columns() {
            return Math.min(tiles(), MAX_COLUMNS);
        }

        int rows() {
            return (tiles() + MAX_COLUMNS - 1) / MAX_COLUMNS;
        }

        int tileWidth() {
            return band == null ? 0 : band.width() * scale;
        }

        int tileHeight() {
            return band == null ? 0 : band.height() * scale;
        }

        int gridWidth() {
            return GAP + columns() * (tileWidth() + GAP);
        }

        int height() {
            return LINE + rows() * (tileHeight() + GAP);
        }

        void drawTiles(Graphics2D g, int top) {
            if (band == null) { // a block of text only
                return;
            }
            for (int t = 0; t < tiles(); t++) {
                int left = GAP + (t % MAX_COLUMNS) * (tileWidth() + GAP);
                int y = top + (t / MAX_COLUMNS) * (tileHeight() + GAP);
                BufferedImage tile = colour
                        ? colourImage(band, scale)
                        : GrayImage.draw(band.values(), band.offset(t), band.height(), band.width(), scale);
                g.drawImage(tile, left, y, null);
                g.setColor(FRAME);
                g.drawRect(left - 1, y - 1, tileWidth() + 1, tileHeight() + 1);
            }
        }
    }

    /** Three maps as the red, green and blue of one picture, scaled together over their own range. */
    static BufferedImage colourImage(FeatureMaps.Band band, int scale) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : band.values()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int h = band.height();
        int w = band.width();
        BufferedImage image = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = 0;
                for (int c = 0; c < 3; c++)
                    rgb = (rgb << 8) | FilterTiles.level(band.values()[band.offset(c) + y * w + x], min, max);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) image.setRGB(x * scale + dx, y * scale + dy, rgb);
                }
            }
        }
        return image;
    }
}
