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
        StringBuilder out = new StringBuilder();
        out.append(TextChart.render(
                "loss", series(curves.loss(), curves.valLoss(), curves.hasValidation()), WIDTH, LOSS_ROWS, glyphs));
        if (curves.hasAccuracy()) {
            out.append('\n');
            out.append(TextChart.render(
                    "accuracy",
                    series(curves.accuracy(), curves.valAccuracy(), curves.hasValidation()),
                    WIDTH,
                    ACCURACY_ROWS,
                    glyphs));
        }
        return out.toString();
    }

    private static List<TextChart.Series> series(double[] training, double[] validation, boolean validated) {
        List<TextChart.Series> series = new ArrayList<>();
        series.add(new TextChart.Series("training", training));
        if (validated) series.add(new TextChart.Series("validation", validation));
        return series;
    }
}
