package dev.neurona.lang.visual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart of figures per epoch drawn in characters, for a terminal or a log:
 *
 * <pre>
 * loss                                       ● training  ○ validation
 *   2.30 ┤●
 *        │ ●●          ○○○○○○○○○○○○○○○
 *   1.16 ┤   ●●○○○○○○○○
 *        │     ●●●●●●●●●●●●●●●●●●●●●●●●●●●●●
 *   0.02 ┤
 *        └┬────────────────┬────────────────┬
 *         1               20               40  epoch
 * </pre>
 *
 * Each column is one point in time: between two epochs, the value is interpolated linearly, so
 * that a few epochs still draw a connected line. Rows run from the largest value (top) to the
 * smallest (bottom), both labelled along with the middle.
 */
public final class TextChart {
    /** One curve: its name in the legend and one value per epoch (NaN where not measured). */
    public record Series(String label, double[] values) {}

    private TextChart() {}

    /**
     * The chart of up to two series (the first drawn with {@link Glyphs#first}, the second with
     * {@link Glyphs#second}), {@code width} characters wide at most, with {@code height} rows of
     * plot. Ends with a newline.
     *
     * @throws IllegalArgumentException for more than two series, fewer than 3 rows or 30 columns
     */
    public static String render(String title, List<Series> series, int width, int height, Glyphs glyphs) {
        return render(title, series, width, height, glyphs, ChartWords.ENGLISH);
    }

    /** As {@link #render(String, List, int, int, Glyphs)}, with the chart's own words in another language. */
    public static String render(
            String title, List<Series> series, int width, int height, Glyphs glyphs, ChartWords words) {
        if (series.size() > 2 || height < 3 || width < 30) {
            throw new IllegalArgumentException(
                    "a text chart draws one or two series, on at least 3 rows and 30 columns");
        }
        int epochs = series.stream().mapToInt(s -> s.values().length).max().orElse(0);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) return words.nothingYet().replace("{0}", title) + "\n";
        if (min == max) {
            double pad = Math.max(Math.abs(max) * 0.05, 0.005);
            min -= pad;
            max += pad;
        }
        String format = "%." + decimals(max - min) + "f";
        List<String> labels = List.of(label(format, max), label(format, (max + min) / 2), label(format, min));
        int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0);
        int columns = epochs == 1 ? 1 : width - labelWidth - 2 - words.epoch().length() - 2;

        char[][] grid = new char[height][columns];
        for (char[] row : grid) java.util.Arrays.fill(row, ' ');
        boolean overlap = false;
        for (int i = 0; i < series.size(); i++) {
            char marker = i == 0 ? glyphs.first : glyphs.second;
            double[] values = series.get(i).values();
            for (int c = 0; c < columns; c++) {
                double v = at(values, columns == 1 ? 0 : (double) c * (epochs - 1) / (columns - 1));
                if (!Double.isFinite(v)) continue;
                int r = (int) Math.round((max - v) / (max - min) * (height - 1));
                if (grid[r][c] == ' ' || grid[r][c] == marker) {
                    grid[r][c] = marker;
                } else {
                    grid[r][c] = glyphs.both;
                    overlap = true;
                }
            }
        }

        StringBuilder out = new StringBuilder();
        out.append(titleLine(title, series, overlap, glyphs, width, words));
        int middle = (height - 1) / 2;
        for (int r = 0; r < height; r++) {
            boolean tick = r == 0 || r == middle || r == height - 1;
            String label = r == 0 ? labels.get(0) : r == middle ? labels.get(1) : r == height - 1 ? labels.get(2) : "";
            line(
                    out,
                    " ".repeat(labelWidth - label.length())
                            + label
                            + ' '
                            + (tick ? glyphs.yTick : glyphs.vertical)
                            + new String(grid[r]));
        }
        xAxis(out, epochs, columns, labelWidth, glyphs, words);
        return out.toString();
    }

    /** The value at a fractional epoch index, interpolated between its neighbours. */
    private static double at(double[] values, double x) {
        int left = (int) Math.floor(x);
        if (left >= values.length) return Double.NaN;
        int right = Math.min(left + 1, values.length - 1);
        double t = x - left;
        return t == 0 ? values[left] : values[left] * (1 - t) + values[right] * t;
    }

    /** Enough decimals that the labels of a chart spanning {@code span} differ. */
    static int decimals(double span) {
        int digits = (int) Math.ceil(-Math.log10(span)) + 2;
        return Math.max(0, Math.min(6, digits));
    }

    private static String label(String format, double value) {
        String text = String.format(Locale.ROOT, format, value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    private static String titleLine(
            String title, List<Series> series, boolean overlap, Glyphs glyphs, int width, ChartWords words) {
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++)
            legend.add((i == 0 ? glyphs.first : glyphs.second) + " "
                    + series.get(i).label());
        if (overlap) legend.add(glyphs.both + " " + words.both());
        String right = String.join("  ", legend);
        int gap = Math.max(2, width - title.length() - right.length());
        return title + " ".repeat(gap) + right + '\n';
    }

    private static void xAxis(
            StringBuilder out, int epochs, int columns, int labelWidth, Glyphs glyphs, ChartWords words) {
        String xTitle = words.epoch();
        List<Integer> ticks = new ArrayList<>(List.of(1));
        if (epochs >= 3) ticks.add((epochs + 1) / 2);
        if (epochs >= 2) ticks.add(epochs);
        char[] axis = new char[columns];
        java.util.Arrays.fill(axis, glyphs.horizontal);
        char[] numbers = new char[columns + xTitle.length() + 2];
        java.util.Arrays.fill(numbers, ' ');
        int free = 0;
        for (int t = 0; t < ticks.size(); t++) {
            int epoch = ticks.get(t);
            int column = epochs <= 1 ? 0 : (int) Math.round((double) (epoch - 1) * (columns - 1) / (epochs - 1));
            String text = String.valueOf(epoch);
            int start = t == ticks.size() - 1 && ticks.size() > 1 ? column - text.length() + 1 : column;
            if (t > 0 && t < ticks.size() - 1) start = column - text.length() / 2;
            if (start < free) continue;
            axis[column] = glyphs.xTick;
            text.getChars(0, text.length(), numbers, start);
            free = start + text.length() + 1;
        }
        xTitle.getChars(0, xTitle.length(), numbers, columns + 2);
        String pad = " ".repeat(labelWidth + 1);
        line(out, pad + glyphs.corner + new String(axis));
        line(out, pad + ' ' + new String(numbers));
    }

    private static void line(StringBuilder out, String text) {
        out.append(text.stripTrailing()).append('\n');
    }
}
