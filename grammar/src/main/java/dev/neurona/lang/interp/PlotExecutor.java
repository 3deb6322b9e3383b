package dev.neurona.lang.interp;

import dev.neurona.lang.plan.PlotPlan;
import dev.neurona.lang.visual.Curves;
import dev.neurona.lang.visual.CurvesChart;
import dev.neurona.lang.visual.CurvesText;
import dev.neurona.lang.visual.Glyphs;
import dev.neurona.lang.visual.Png;
import dev.neurona.lang.visual.ReportContent;
import dev.neurona.lang.visual.WeightTiles;
import dev.neurona.runtime.Model;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs {@code plot MODEL [curves | weights] [to "file.png"]}: training curves as a text chart on
 * the terminal or as a PNG, or the first layer's weights as a PNG of image tiles.
 */
final class PlotExecutor {

    private PlotExecutor() {
    }

    static void run(PlotPlan plan, RunContext context) {
        Model model = context.workspace().model(plan.model());
        if (plan.kind() == PlotPlan.Kind.WEIGHTS) {
            weights(plan, model, context);
        } else {
            curves(plan, model, context);
        }
    }

    private static void curves(PlotPlan plan, Model model, RunContext context) {
        if (model.history().isEmpty()) {
            throw new RunFailure(plan.where(), "model '" + plan.model() + "' has not been trained yet, so it has no curves"
                    + " to plot; train it first");
        }
        Curves curves = Pictures.curves(model.history());
        if (plan.file().isEmpty()) {
            context.out().printf(Locale.ROOT, "curves of %s (%d epoch%s)%n", plan.model(), curves.epochs(),
                    curves.epochs() == 1 ? "" : "s");
            context.out().print(CurvesText.render(curves, Glyphs.forOutput()));
            return;
        }
        write(CurvesChart.draw(curves), plan.file().get(), "the curves of " + plan.model(), context);
    }

    private static void weights(PlotPlan plan, Model model, RunContext context) {
        ReportContent.FirstLayer layer = Pictures.firstLayer(model).orElseThrow(() -> new RunFailure(plan.where(),
                "model '" + plan.model() + "' has no first dense layer over a 2-D input, so its weights cannot be drawn"
                        + " as images"));
        BufferedImage image = WeightTiles.draw(layer.weights(), layer.units(), layer.height(), layer.width());
        int shown = WeightTiles.shown(layer.units());
        String what = "the first-layer weights of " + plan.model()
                + (shown < layer.units() ? " (" + shown + " of " + layer.units() + " units)" : "");
        write(image, plan.file().orElseThrow(), what, context);
    }

    /** Writes a PNG and says so: {@code plotted the curves of m to "curves.png" (1120×380)}. */
    static void write(BufferedImage image, Path file, String what, RunContext context) {
        Png.write(image, file);
        context.out().printf(Locale.ROOT, "plotted %s to %s (%d×%d)%n", what, file, image.getWidth(), image.getHeight());
    }
}
