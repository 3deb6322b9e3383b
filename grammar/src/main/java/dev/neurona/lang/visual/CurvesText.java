package dev.neurona.lang.visual;

import java.util.ArrayList;
import java.util.List;

/**
 * Training curves as text charts: loss per epoch, then accuracy per epoch when it was measured,
 * each with training against validation when there was validation data.
 */
public final class CurvesText {
    /** Wide enough for the charts, narrow enough for an 80-column terminal without wrapping. */
    public static final int WIDTH = 78;

    private static final int LOSS_ROWS = 10;
    private static final int ACCURACY_ROWS = 8;

    private CurvesText() {}

    /** The loss chart, and the accuracy chart below it when there is accuracy. */
    public static String render(Curves curves, Glyphs glyphs) {
        return render(curves, glyphs, ChartWords.ENGLISH);
    }

    /** As {@link #render(Curves, Glyphs)}, titles, legends and axis in the reader's language. */
    public static String render(Curves curves, Glyphs glyphs, ChartWords words) {
        StringBuilder out = new StringBuilder();
        out.append(TextChart.render(
                words.loss(),
                series(curves.loss(), curves.valLoss(), curves.hasValidation(), words),
                WIDTH,
                LOSS_ROWS,
                glyphs,
                words));
        if (curves.hasAccuracy()) {
            out.append('\n');
            out.append(TextChart.render(
                    words.accuracy(),
                    series(curves.accuracy(), curves.valAccuracy(), curves.hasValidation(), words),
                    WIDTH,
                    ACCURACY_ROWS,
                    glyphs,
                    words));
        }
        return out.toString();
    }

    private static List<TextChart.Series> series(
            double[] training, double[] validation, boolean validated, ChartWords words) {
        List<TextChart.Series> series = new ArrayList<>();
        series.add(new TextChart.Series(words.training(), training));
        if (validated) series.add(new TextChart.Series(words.validation(), validation));
        return series;
    }
}
