package dev.neurona.lang.visual;

import java.util.ArrayList;
import java.util.List;

/**
 * A map of numbers drawn in characters for a terminal: each character a shade from blank (the
 * map's lowest value) to full (its highest), two characters per value across and one line per row
 * so that squares stay square; a map wider than allowed is shrunk, each character the mean of the
 * values it covers. Unicode shades {@code ░▒▓█} when the output shows them, else ASCII.
 */
public final class TextImage {
    private static final String UNICODE_SHADES = " ░▒▓█";
    private static final String ASCII_SHADES = " .:-=+*#%@";

    private TextImage() {}

    /** The shades from lowest to highest. */
    static String shades(Glyphs glyphs) {
        return glyphs == Glyphs.ASCII ? ASCII_SHADES : UNICODE_SHADES;
    }

    /** The characters across for a map {@code width} values wide, at most {@code maxColumns}. */
    public static int columns(int width, int maxColumns) {
        return Math.max(1, Math.min(maxColumns, 2 * width));
    }

    /** The lines for a map of {@code height × width} drawn {@code columns} characters across. */
    public static int lines(int height, int width, int columns) {
        return Math.max(1, (int) Math.round(columns * (double) height / (2.0 * width)));
    }

    /**
     * The {@code height × width} values starting at {@code offset} (row-major), at most
     * {@code maxColumns} characters across; every line has the same length. Reads the array only.
     */
    public static List<String> render(
            float[] values, int offset, int height, int width, int maxColumns, Glyphs glyphs) {
        int columns = columns(width, maxColumns);
        int lines = lines(height, width, columns);
        double[][] cells = new double[lines][columns];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < lines; r++) {
            int y0 = r * height / lines;
            int y1 = Math.max(y0 + 1, ceilDiv((r + 1) * height, lines));
            for (int c = 0; c < columns; c++) {
                int x0 = c * width / columns;
                int x1 = Math.max(x0 + 1, ceilDiv((c + 1) * width, columns));
                double sum = 0;
                for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) sum += values[offset + y * width + x];
                cells[r][c] = sum / ((y1 - y0) * (x1 - x0));
                min = Math.min(min, cells[r][c]);
                max = Math.max(max, cells[r][c]);
            }
        }
        String shades = shades(glyphs);
        List<String> out = new ArrayList<>(lines);
        for (double[] row : cells) {
            StringBuilder line = new StringBuilder(columns);
            for (double cell : row) {
                int level = max > min ? (int) ((cell - min) / (max - min) * shades.length()) : 0;
                line.append(shades.charAt(Math.min(shades.length() - 1, level)));
            }
            out.add(line.toString());
        }
        return out;
    }

    /**
     * Pictures side by side, {@code gap} spaces apart, each under its caption (cut to fit);
     * trailing spaces are dropped. Each picture's lines all have one length.
     */
    public static String sideBySide(List<String> captions, List<List<String>> pictures, int gap) {
        int tallest = pictures.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder out = new StringBuilder();
        boolean anyCaption = captions.stream().anyMatch(caption -> !caption.isEmpty());
        for (int line = anyCaption ? -1 : 0; line < tallest; line++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < pictures.size(); p++) {
                List<String> picture = pictures.get(p);
                int width = picture.isEmpty() ? 0 : picture.get(0).length();
                String cell = line < 0 ? fit(captions.get(p), width) : line < picture.size() ? picture.get(line) : "";
                text.append(cell).append(" ".repeat(width - cell.length()));
                if (p < pictures.size() - 1) text.append(" ".repeat(gap));
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String fit(String caption, int width) {
        return caption.length() <= width ? caption : caption.substring(0, width);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
