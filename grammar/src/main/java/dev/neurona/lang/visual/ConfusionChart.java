package dev.neurona.lang.visual;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * A confusion matrix as a heat map, drawn with XChart: rows are true classes (the first at the
 * top), columns predicted ones, each cell shows its count, darker for more. The diagonal holds
 * the right answers. The image is {@link #size(int)} pixels square.
 */
public final class ConfusionChart {
    static {
        Headless.ensure();
    }

    private ConfusionChart() {}

    /** The most classes drawn: past it the cells are too small to read, and a chart of thousands would take gigabytes. */
    public static final int MOST_CLASSES = 40;

    /** The side of the image for {@code classes} classes: room for every cell and its count. */
    public static int size(int classes) {
        return Math.max(480, Math.min(1400, 160 + 56 * classes));
    }

    /**
     * Draws {@code counts[t][p]}, the examples of true class t predicted as p; reads the array only.
     *
     * @throws IllegalArgumentException when the matrix is not square over the class names, or has
     *                                  more than {@link #MOST_CLASSES} classes
     */
    public static BufferedImage draw(int[][] counts, List<String> classNames) {
        return draw(counts, classNames, ChartWords.ENGLISH);
    }

    /** As {@link #draw(int[][], List)}, title and axes in the reader's language. */
    public static BufferedImage draw(int[][] counts, List<String> classNames, ChartWords words) {
        int k = classNames.size();
        if (counts.length != k)
            throw new IllegalArgumentException("the matrix has " + counts.length + " rows for " + k + " classes");
        if (k > MOST_CLASSES)
            throw new IllegalArgumentException(k + " classes are more than a picture shows (" + MOST_CLASSES + ")");
        int side = size(k);
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(side)
                .height(side)
                .title(words.confusionTitle())
                .xAxisTitle(words.predicted())
                .yAxisTitle(words.trueClass())
                .build();
        HeatMapStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setShowValue(true);
        styler.setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, k > 12 ? 10 : 13));
        styler.setHeatMapValueDecimalPattern("#");
        styler.setRangeColors(new Color[] {new Color(0xF7FBFF), new Color(0xC6DBEF), new Color(0x6BAED6)});
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendVisible(false);
        styler.setMin(0);
        styler.setMax(Math.max(1, max(counts)));
        List<String> columns = new ArrayList<>(classNames);
        // XChart draws the first row at the bottom; list the true classes backwards so the first is on top.
        List<String> rows = new ArrayList<>(classNames);
        java.util.Collections.reverse(rows);
        List<Number[]> cells = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) cells.add(new Number[] {p, k - 1 - t, counts[t][p]});
        }
        chart.addSeries("confusion", columns, rows, cells);
        return BitmapEncoder.getBufferedImage(chart);
    }

    private static int max(int[][] counts) {
        int max = 0;
        for (int[] row : counts) for (int c : row) max = Math.max(max, c);
        return max;
    }
}
