package dev.neurona.lang.visual;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One self-contained HTML page about a model: its summary, training curves, evaluation,
 * confusion matrix, misclassified images, a convolution's filters and feature maps, and
 * first-layer weights. Every image is inline as a
 * {@code data:} URI and the style sheet is in the page, so it opens anywhere, offline, and can
 * be mailed as one file. The page is XHTML: well-formed XML as well as HTML.
 */
public final class HtmlReport {
    /** The ids of the page's sections, in order; a section that does not apply is left out. */
    public static final List<String> SECTIONS =
            List.of("model", "curves", "evaluation", "confusion", "misclassified", "convolution", "weights");

    static final int EXAMPLE_SCALE = 3;

    /** Constant CSS, with neither {@code <} nor {@code &}, so that it is valid XML text as it stands. */
    private static final String STYLE = """
            body { font-family: "Segoe UI", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; margin: 2em auto;
                   max-width: 1160px; color: #1d1d1f; padding: 0 1em; }
            h1 { font-size: 1.7em; margin-bottom: 0.2em; }
            h2 { font-size: 1.3em; border-bottom: 1px solid #d0d0d0; padding-bottom: 0.2em; margin-top: 1.8em; }
            nav a { margin-right: 1em; }
            table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
            th, td { padding: 0.25em 0.9em; text-align: left; border-bottom: 1px solid #e4e4e4; }
            th { background: #f4f4f6; }
            td.number { text-align: right; }
            p.headline { font-size: 1.15em; font-weight: 600; }
            img { max-width: 100%; height: auto; }
            img.pixels { image-rendering: pixelated; border: 1px solid #ccc; }
            .examples { display: flex; flex-wrap: wrap; gap: 0.8em; }
            figure { margin: 0; text-align: center; font-size: 0.85em; }
            """;

    private HtmlReport() {}

    /** Writes the page to {@code file}, whole or not at all. */
    public static void write(ReportContent content, Path file) {
        write(content, file, ReportWords.english(content.modelName(), content.dataName()));
    }

    /** As {@link #write(ReportContent, Path)}, its headings in the reader's language. */
    public static void write(ReportContent content, Path file, ReportWords messages) {
        AtomicFile.write(render(content, messages).getBytes(StandardCharsets.UTF_8), file);
    }

    /** The page as text. */
    public static String render(ReportContent content) {
        return render(content, ReportWords.english(content.modelName(), content.dataName()));
    }

    /** The page as text, its headings in the reader's language. */
    public static String render(ReportContent content, ReportWords messages) {
        String title = messages.title();
        String language = messages.language();
        Xhtml page = new Xhtml();
        page.raw("<!DOCTYPE html>\n");
        page.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", language, "xml:lang", language)
                .raw("\n");
        page.open("head").raw("\n");
        page.empty("meta", "charset", "utf-8");
        page.element("title", title);
        // As is, not escaped: in HTML a style sheet is raw text, where &quot; would stay &quot;.
        page.open("style").raw("\n" + STYLE).close("style");
        page.close("head");
        page.open("body").raw("\n");
        page.element("h1", title);
        navigation(page, messages, content);
        model(page, messages, content);
        curves(page, messages, content);
        evaluation(page, messages, content);
        content.confusion().ifPresent(confusion -> confusion(page, messages, confusion));
        content.misclassified().ifPresent(misclassified -> misclassified(page, messages, misclassified));
        content.convolution().ifPresent(convolution -> convolution(page, messages, convolution));
        content.weights().ifPresent(weights -> weights(page, messages, weights));
        page.close("body");
        page.close("html");
        return page.toString();
    }

    /** The sections this content has, in page order. */
    static List<String> sections(ReportContent content) {
        List<String> ids = new ArrayList<>(SECTIONS);
        if (content.confusion().isEmpty()) ids.remove("confusion");
        if (content.misclassified().isEmpty()) ids.remove("misclassified");
        if (content.convolution().isEmpty()) ids.remove("convolution");
        if (content.weights().isEmpty()) ids.remove("weights");
        return ids;
    }

    private static void navigation(Xhtml page, ReportWords messages, ReportContent content) {
        page.open("nav");
        for (String id : sections(content)) page.element("a", heading(id, messages), "href", "#" + id);
        page.close("nav");
    }

    private static String heading(String id, ReportWords messages) {
        if (!SECTIONS.contains(id)) {
            throw new IllegalArgumentException(id);
        }
        return Objects.requireNonNull(messages.headings().get(id), id); // every section has a heading
    }

    private static void section(Xhtml page, ReportWords messages, String id) {
        page.open("section", "id", id).raw("\n");
        page.element("h2", heading(id, messages));
    }

    private static void model(Xhtml page, ReportWords messages, ReportContent content) {
        section(page, messages, "model");
        table(page, messages, content.layers());
        for (String fact : content.modelFacts()) page.element("p", fact);
        page.close("section");
    }

    private static void curves(Xhtml page, ReportWords messages, ReportContent content) {
        section(page, messages, "curves");
        if (content.curves().isPresent() && content.curves().get().epochs() > 0) {
            Curves curves = content.curves().get();
            String what = curves.hasAccuracy()
                    ? (curves.hasValidation() ? "report.curves.both.validation" : "report.curves.both.training")
                    : (curves.hasValidation() ? "report.curves.loss.validation" : "report.curves.loss.training");
            page.element("p", messages.sentences().text(what));
            image(
                    page,
                    CurvesChart.draw(curves, messages.charts()),
                    messages.sentences().text("report.alt.curves", content.modelName()),
                    null);
        } else {
            page.element("p", messages.sentences().text("report.untrained"));
        }
        page.close("section");
    }

    private static void evaluation(Xhtml page, ReportWords messages, ReportContent content) {
        section(page, messages, "evaluation");
        page.element(
                "p",
                messages.sentences().text("report.headline", content.dataName(), String.join(", ", content.headline())),
                "class",
                "headline");
        table(page, messages, content.evaluation());
        page.close("section");
    }

    private static void confusion(Xhtml page, ReportWords messages, ReportContent.Confusion confusion) {
        section(page, messages, "confusion");
        page.element("p", messages.sentences().text("report.confusion"));
        image(
                page,
                ConfusionChart.draw(confusion.counts(), confusion.classNames(), messages.charts()),
                messages.sentences().text("report.alt.confusion"),
                null);
        page.close("section");
    }

    private static void misclassified(Xhtml page, ReportWords messages, ReportContent.Misclassified misclassified) {
        section(page, messages, "misclassified");
        if (misclassified.total() == 0) {
            page.element("p", messages.sentences().text("report.misclassified.none", count(misclassified.rows())));
        } else {
            page.element(
                    "p",
                    misclassified.shown().size() < misclassified.total()
                            ? messages.sentences()
                                    .text(
                                            "report.misclassified.some",
                                            count(misclassified.total()),
                                            count(misclassified.rows()),
                                            count(misclassified.shown().size()))
                            : messages.sentences()
                                    .text(
                                            "report.misclassified.all",
                                            count(misclassified.total()),
                                            count(misclassified.rows())));
            page.open("div", "class", "examples").raw("\n");
            for (ReportContent.Example example : misclassified.shown()) {
                page.open("figure");
                image(
                        page,
                        GrayImage.draw(example.pixels(), 0, example.height(), example.width(), EXAMPLE_SCALE),
                        example.caption(),
                        "pixels");
                page.element("figcaption", example.caption());
                page.close("figure");
            }
            page.close("div");
        }
        page.close("section");
    }

    private static void weights(Xhtml page, ReportWords messages, ReportContent.FirstLayer weights) {
        section(page, messages, "weights");
        int shown = WeightTiles.shown(weights.units());
        page.element(
                "p",
                shown < weights.units()
                        ? messages.sentences().text("report.weights.some", count(shown), count(weights.units()))
                        : messages.sentences().text("report.weights.all"));
        image(
                page,
                WeightTiles.draw(weights.weights(), weights.units(), weights.height(), weights.width()),
                messages.sentences().text("report.alt.weights"),
                "pixels");
        page.close("section");
    }

    private static void convolution(Xhtml page, ReportWords messages, ReportContent.Convolution convolution) {
        section(page, messages, "convolution");
        Filters filters = convolution.filters();
        int shown = FilterTiles.shown(filters.filters());
        Sentences words = messages.sentences();
        String kernels = words.text(
                "plot.filters.describe",
                String.valueOf(filters.filters()),
                filters.filters(),
                String.valueOf(filters.kernel()),
                String.valueOf(filters.channels()),
                filters.channels());
        String layout =
                switch (FilterTiles.Layout.of(filters.channels())) {
                    case SINGLE -> "single";
                    case RGB -> "rgb";
                    case PER_CHANNEL -> "per_channel";
                };
        // One whole sentence per layout and per "all shown or not": report.filters.single.all, ...
        page.element(
                "p",
                shown < filters.filters()
                        ? words.text("report.filters." + layout + ".some", filters.layer(), kernels, count(shown))
                        : words.text("report.filters." + layout + ".all", filters.layer(), kernels));
        image(page, FilterTiles.draw(filters), words.text("report.alt.filters", filters.layer()), "pixels");
        page.element(
                "p",
                words.text(
                        "report.maps",
                        convolution.row(),
                        capitalised(convolution.maps().prediction())));
        image(page, MapBands.draw(convolution.maps()), words.text("report.alt.maps", convolution.row()), "pixels");
        page.close("section");
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void table(Xhtml page, ReportWords messages, ReportContent.Table table) {
        page.open("table").raw("\n").open("thead").open("tr");
        for (String cell : table.header()) page.element("th", cell);
        page.close("tr").close("thead").open("tbody").raw("\n");
        for (List<String> row : table.rows()) {
            page.open("tr");
            for (int c = 0; c < row.size(); c++) {
                // The first column names the row, even when the name is a number such as a digit class.
                if (c > 0 && isNumber(row.get(c))) page.element("td", row.get(c), "class", "number");
                else page.element("td", row.get(c));
            }
            page.close("tr");
        }
        page.close("tbody").close("table");
    }

    private static boolean isNumber(String cell) {
        return cell.matches("-?[\\d,]+(\\.\\d+)?%?");
    }

    private static void image(Xhtml page, BufferedImage image, String alt, @Nullable String cssClass) {
        List<String> attributes = new ArrayList<>(List.of(
                "src",
                Png.dataUri(image),
                "alt",
                alt,
                "width",
                String.valueOf(image.getWidth()),
                "height",
                String.valueOf(image.getHeight())));
        if (cssClass != null) {
            attributes.add("class");
            attributes.add(cssClass);
        }
        page.empty("img", attributes.toArray(String[]::new));
    }
}
