package dev.neurona.lang.visual;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * A convolution's kernels drawn as small tiles, enlarged without smoothing so that each weight is
 * a square one can see ({@code 3x3} kernels come out 48 pixels wide). The layout follows the input:
 * <ul>
 *   <li>one channel (a grey image): one tile per filter, red positive, blue negative, white zero,
 *       each scaled by its own largest weight;</li>
 *   <li>three channels (a colour image): one colour tile per filter, its red, green and blue
 *       weights scaled together from the filter's lowest to its highest weight, as the filter
 *       would look as a picture;</li>
 *   <li>any other number of channels: one row of red-blue tiles per input channel, filters in
 *       columns, in blocks of {@value #MAX_COLUMNS} filters.</li>
 * </ul>
 * At most {@value #MAX_FILTERS} filters and {@value #MAX_CHANNELS} channels are drawn, in rows of
 * up to {@value #MAX_COLUMNS} tiles, {@value #GAP} pixels apart.
 */
public final class FilterTiles {
    public static final int MAX_FILTERS = 64;
    public static final int MAX_CHANNELS = 16;
    public static final int MAX_COLUMNS = 8;
    /** Space between tiles and around the grid, in pixels. */
    public static final int GAP = 4;
    /** Extra space between two blocks of filters in the one-row-per-channel layout. */
    public static final int BLOCK_GAP = 3 * GAP;

    private static final int TILE_TARGET = 48;
    private static final Color BACKGROUND = new Color(0x9A9A9A);

    static {
        Headless.ensure();
    }

    /** How the channels of a kernel are shown. */
    public enum Layout {
        /** One channel: a red-blue tile per filter. */
        SINGLE,
        /** Three channels: a colour tile per filter. */
        RGB,
        /** Another number of channels: a row of red-blue tiles per channel. */
        PER_CHANNEL;

        public static Layout of(int channels) {
            return channels == 1 ? SINGLE : channels == 3 ? RGB : PER_CHANNEL;
        }
    }

    private FilterTiles() {}

    /** How many filters are drawn: all, up to {@value #MAX_FILTERS}. */
    public static int shown(int filters) {
        return Math.min(filters, MAX_FILTERS);
    }

    /** How many image pixels one weight takes: tiles come out about 48 pixels wide. */
    public static int scale(int kernel) {
        return Math.max(1, TILE_TARGET / kernel);
    }

    /** The side of one tile, in pixels. */
    public static int tile(int kernel) {
        return kernel * scale(kernel);
    }

    /** Draws the kernels; reads the weights only. */
    public static BufferedImage draw(Filters filters) {
        int shown = shown(filters.filters());
        int columns = Math.min(shown, MAX_COLUMNS);
        int rowsOfFilters = (shown + MAX_COLUMNS - 1) / MAX_COLUMNS;
        int side = tile(filters.kernel());
        Layout layout = Layout.of(filters.channels());
        int channelRows = layout == Layout.PER_CHANNEL ? Math.min(filters.channels(), MAX_CHANNELS) : 1;
        int blockHeight = channelRows * (side + GAP);
        int blockGap = layout == Layout.PER_CHANNEL ? BLOCK_GAP : 0;
        int width = GAP + columns * (side + GAP);
        int height = GAP + rowsOfFilters * blockHeight + (rowsOfFilters - 1) * blockGap;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        fill(image, BACKGROUND.getRGB());
        for (int f = 0; f < shown; f++) {
            int left = GAP + (f % MAX_COLUMNS) * (side + GAP);
            int top = GAP + (f / MAX_COLUMNS) * (blockHeight + blockGap);
            if (layout == Layout.RGB) {
                colour(image, filters, f, left, top);
            } else {
                for (int c = 0; c < channelRows; c++) diverging(image, filters, f, c, left, top + c * (side + GAP));
            }
        }
        return image;
    }

    /** One kernel in red and blue, scaled by its own largest weight. */
    private static void diverging(BufferedImage image, Filters filters, int f, int c, int left, int top) {
        int k = filters.kernel();
        int start = filters.offset(f, c);
        float largest = 1e-12f;
        for (int i = 0; i < k * k; i++) largest = Math.max(largest, Math.abs(filters.weights()[start + i]));
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                square(
                        image,
                        left,
                        top,
                        x,
                        y,
                        k,
                        WeightTiles.diverging(filters.weights()[start + y * k + x] / largest));
            }
        }
    }

    /** One three-channel kernel as a colour picture, its channels scaled together over its own range. */
    private static void colour(BufferedImage image, Filters filters, int f, int left, int top) {
        int k = filters.kernel();
        int start = filters.offset(f, 0);
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < 3 * k * k; i++) {
            min = Math.min(min, filters.weights()[start + i]);
            max = Math.max(max, filters.weights()[start + i]);
        }
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    rgb = (rgb << 8) | level(filters.weights()[start + c * k * k + y * k + x], min, max);
                }
                square(image, left, top, x, y, k, rgb);
            }
        }
    }

    /** 0 for {@code min}, 255 for {@code max}; the middle grey when every value is the same. */
    static int level(float value, float min, float max) {
        return max > min ? Math.round((value - min) / (max - min) * 255) : 128;
    }

    private static void square(BufferedImage image, int left, int top, int x, int y, int kernel, int rgb) {
        int scale = scale(kernel);
        for (int dy = 0; dy < scale; dy++) {
            for (int dx = 0; dx < scale; dx++) image.setRGB(left + x * scale + dx, top + y * scale + dy, rgb);
        }
    }

    private static void fill(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, rgb);
    }
}
