package dev.neurona.lang.visual;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.stream.IntStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Training curves as one picture, drawn with XChart: the loss per epoch on the left and, when
 * accuracy was measured, the accuracy per epoch on the right; training in blue, validation in
 * orange. Each panel is {@value #PANEL_WIDTH}×{@value #HEIGHT} pixels.
 */
public final class CurvesChart {
    public static final int PANEL_WIDTH = 560;
    public static final int HEIGHT = 380;
    static final Color TRAINING = new Color(0x1F77B4);
    static final Color VALIDATION = new Color(0xFF7F0E);

    static {
        Headless.ensure();
    }

    private CurvesChart() {}

    /** The image's width: one panel for loss alone, two with accuracy. */
    public static int width(Curves curves) {
        return curves.hasAccuracy() ? 2 * PANEL_WIDTH : PANEL_WIDTH;
    }

    public static BufferedImage draw(Curves curves) {
        return draw(curves, ChartWords.ENGLISH);
    }

    /** As {@link #draw(Curves)}, titles, axes and legends in the reader's language. */
    public static BufferedImage draw(Curves curves, ChartWords words) {
        BufferedImage image = new BufferedImage(width(curves), HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.drawImage(
                    BitmapEncoder.getBufferedImage(panel(
                            words,
                            true,
                            words.lossTitle(),
                            words.loss(),
                            curves.loss(),
                            curves.valLoss(),
                            curves.hasValidation())),
                    0,
                    0,
                    null);
            if (curves.hasAccuracy()) {
                g.drawImage(
                        BitmapEncoder.getBufferedImage(panel(
                                words,
                                false,
                                words.accuracyTitle(),
                                words.accuracy(),
                                curves.accuracy(),
                                curves.valAccuracy(),
                                curves.hasValidation())),
                        PANEL_WIDTH,
                        0,
                        null);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static XYChart panel(
            ChartWords words,
            boolean loss,
            String title,
            String yTitle,
            double[] training,
            double[] validation,
            boolean validated) {
        XYChart chart = new XYChartBuilder()
                .width(PANEL_WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(words.epoch())
                .yAxisTitle(yTitle)
                .build();
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setLegendPosition(loss ? Styler.LegendPosition.InsideNE : Styler.LegendPosition.InsideSE);
        styler.setMarkerSize(training.length > 40 ? 0 : 5);
        styler.setAntiAlias(true);
        chart.getStyler().setXAxisDecimalPattern("#");
        chart.getStyler().setXAxisMaxLabelCount(Math.min(training.length, 10));
        double[] epochs =
                IntStream.rangeClosed(1, training.length).asDoubleStream().toArray();
        add(chart, words.training(), epochs, training, TRAINING);
        if (validated) add(chart, words.validation(), epochs, validation, VALIDATION);
        return chart;
    }

    private static void add(XYChart chart, String name, double[] epochs, double[] values, Color color) {
        XYSeries series = chart.addSeries(name, epochs, values);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setMarker(SeriesMarkers.CIRCLE);
    }
}
