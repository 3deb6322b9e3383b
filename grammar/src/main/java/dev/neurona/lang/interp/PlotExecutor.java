package dev.neurona.lang.interp;

import dev.neurona.lang.plan.PlotPlan;
import dev.neurona.lang.visual.Curves;
import dev.neurona.lang.visual.CurvesChart;
import dev.neurona.lang.visual.CurvesText;
import dev.neurona.lang.visual.FeatureMaps;
import dev.neurona.lang.visual.FilterTiles;
import dev.neurona.lang.visual.Filters;
import dev.neurona.lang.visual.FiltersText;
import dev.neurona.lang.visual.Glyphs;
import dev.neurona.lang.visual.MapBands;
import dev.neurona.lang.visual.MapsText;
import dev.neurona.lang.visual.Png;
import dev.neurona.lang.visual.ReportContent;
import dev.neurona.lang.visual.WeightTiles;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.i18n.Text;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs {@code plot MODEL [curves | weights | filters | maps on DATA [row N]] [to "file.png"]}:
 * training curves, a convolution's kernels or one row's feature maps as text images on the
 * terminal or as a PNG, or the first layer's weights as a PNG of image tiles.
 */
final class PlotExecutor {

    private PlotExecutor() {}

    static void run(PlotPlan plan, RunContext context) {
        Model model = context.workspace().model(plan.model());
        switch (plan.kind()) {
            case WEIGHTS -> weights(plan, model, context);
            case FILTERS -> filters(plan, model, context);
            case MAPS -> maps(plan, model, context);
            case CURVES -> curves(plan, model, context);
        }
    }

    private static void curves(PlotPlan plan, Model model, RunContext context) {
        if (model.history().isEmpty()) {
            throw new RunFailure(plan.where(), Text.of("run.plot.untrained", plan.model()));
        }
        Curves curves = Pictures.curves(model.history());
        if (plan.file().isEmpty()) {
            context.out()
                    .println(context.messages()
                            .text(
                                    "plot.curves.title",
                                    plan.model(),
                                    String.format(Locale.ROOT, "%,d", curves.epochs()),
                                    curves.epochs()));
            context.out().print(CurvesText.render(curves, Glyphs.forOutput(), VisualWords.charts(context.messages())));
            return;
        }
        write(
                CurvesChart.draw(curves, VisualWords.charts(context.messages())),
                plan.file().get(),
                context.messages().text("plot.what.curves", plan.model()),
                context);
    }

    private static void weights(PlotPlan plan, Model model, RunContext context) {
        ReportContent.FirstLayer layer = Pictures.firstLayer(model)
                .orElseThrow(() -> new RunFailure(plan.where(), Text.of("run.plot.no_weights", plan.model())));
        BufferedImage image = WeightTiles.draw(layer.weights(), layer.units(), layer.height(), layer.width());
        int shown = WeightTiles.shown(layer.units());
        String what = shown < layer.units()
                ? context.messages()
                        .text(
                                "plot.what.weights.some",
                                plan.model(),
                                String.valueOf(shown),
                                String.valueOf(layer.units()))
                : context.messages().text("plot.what.weights", plan.model());
        write(image, plan.file().orElseThrow(), what, context);
    }

    private static void filters(PlotPlan plan, Model model, RunContext context) {
        Filters filters = ConvPictures.filters(model)
                .orElseThrow(() -> new RunFailure(plan.where(), Text.of("run.plot.no_filters", plan.model())));
        if (plan.file().isEmpty()) {
            context.out().println(context.messages().text("plot.filters.title", plan.model()));
            context.out().print(FiltersText.render(filters, Glyphs.forOutput()));
            return;
        }
        int shown = FilterTiles.shown(filters.filters());
        String what = shown < filters.filters()
                ? context.messages()
                        .text(
                                "plot.what.filters.some",
                                plan.model(),
                                filters.layer(),
                                String.valueOf(shown),
                                String.valueOf(filters.filters()))
                : context.messages()
                        .text(
                                "plot.what.filters",
                                plan.model(),
                                filters.layer(),
                                VisualWords.describe(filters, context.messages()));
        write(FilterTiles.draw(filters), plan.file().get(), what, context);
    }

    private static void maps(PlotPlan plan, Model model, RunContext context) {
        String dataName = plan.data().orElseThrow();
        Dataset data = context.workspace().dataset(dataName);
        LiveFit.require(plan.model(), model, data, plan.where());
        if (!ConvPictures.hasMaps(model)) {
            throw new RunFailure(plan.where(), Text.of("run.plot.no_maps", plan.model()));
        }
        if (plan.row() >= data.rows()) {
            throw new RunFailure(
                    plan.where(),
                    data.rows() == 0
                            ? Text.of("run.plot.no_rows", dataName, String.valueOf(plan.row()))
                            : Text.of(
                                    "run.plot.no_such_row",
                                    String.valueOf(plan.row()),
                                    dataName,
                                    String.format(Locale.ROOT, "%,d", data.rows()),
                                    data.rows() == 1 ? 1 : 2,
                                    String.format(Locale.ROOT, "%,d", data.rows() - 1)));
        }
        FeatureMaps maps = ConvPictures.maps(model, data, plan.row(), context.messages());
        String what = context.messages()
                .text("plot.what.maps", plan.model(), ConvPictures.rowName(plan.row(), dataName, context.messages()));
        if (plan.file().isEmpty()) {
            context.out().println(context.messages().text("plot.maps.title", plan.model()));
            context.out().print(MapsText.render(maps, Glyphs.forOutput()));
            return;
        }
        write(MapBands.draw(maps), plan.file().get(), what, context);
    }

    /** Writes a PNG and says so: {@code plotted the curves of m to "curves.png" (1120×380)}. */
    static void write(BufferedImage image, Path file, String what, RunContext context) {
        Png.write(image, file);
        context.out()
                .println(context.messages()
                        .text(
                                "run.plotted",
                                what,
                                Printable.escape(file.toString()),
                                String.valueOf(image.getWidth()),
                                String.valueOf(image.getHeight())));
    }
}
