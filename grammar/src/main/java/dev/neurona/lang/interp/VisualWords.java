package dev.neurona.lang.interp;

import dev.neurona.lang.visual.ChartWords;
import dev.neurona.lang.visual.Filters;
import dev.neurona.lang.visual.ReportWords;
import dev.neurona.runtime.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;

/** The words of charts, filters and the HTML report in the reader's language, for pictures that know no messages. */
final class VisualWords {

    private static final String[] SECTIONS = {
        "model", "curves", "evaluation", "confusion", "misclassified", "convolution", "weights"
    };

    private VisualWords() {}

    static ChartWords charts(Messages messages) {
        return new ChartWords(
                messages.text("chart.epoch"),
                messages.text("chart.both"),
                messages.text("chart.nothing_yet", "{0}"),
                messages.text("chart.loss"),
                messages.text("chart.accuracy"),
                messages.text("chart.training"),
                messages.text("chart.validation"),
                messages.text("chart.loss.title"),
                messages.text("chart.accuracy.title"),
                messages.text("chart.confusion.title"),
                messages.text("chart.confusion.predicted"),
                messages.text("chart.confusion.true"));
    }

    static ReportWords report(Messages messages, String model, String data) {
        Map<String, String> headings = new LinkedHashMap<>();
        for (String id : SECTIONS) {
            headings.put(id, messages.text("report.section." + id));
        }
        return new ReportWords(
                messages.text("report.title", model, data),
                headings,
                messages.locale().getLanguage(),
                charts(messages),
                messages::text);
    }

    /** {@code 16 kernels of 3x3 on 1 channel}. */
    static String describe(Filters filters, Messages messages) {
        return messages.text(
                "plot.filters.describe",
                String.valueOf(filters.filters()),
                filters.filters(),
                String.valueOf(filters.kernel()),
                String.valueOf(filters.channels()),
                filters.channels());
    }
}
