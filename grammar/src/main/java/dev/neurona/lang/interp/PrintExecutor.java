package dev.neurona.lang.interp;

import dev.neurona.lang.plan.PrintPlan;
import dev.neurona.lang.plan.PrintTextPlan;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.data.StreamedData;
import dev.neurona.runtime.summary.DatasetSummary;
import dev.neurona.runtime.summary.ModelSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Runs {@code print NAME} (a model's or data set's summary) and {@code print "text"}. */
final class PrintExecutor {

    private PrintExecutor() {}

    static void text(PrintTextPlan plan, RunContext context) {
        context.out().println(plan.text());
    }

    static void name(PrintPlan plan, RunContext context) {
        Workspace workspace = context.workspace();
        if (workspace.isModel(plan.name())) {
            ModelSummary summary = ModelSummary.of(plan.name(), workspace.model(plan.name()));
            String text = summary.format(context.messages());
            context.out().print(text);
            context.observer().shown(new Shown.OfModel(summary, text));
            return;
        }
        DatasetSummary.Sections summary;
        List<String> parts = new ArrayList<>();
        if (workspace.isStreamed(plan.name())) {
            summary = DatasetSummary.sections(workspace.stream(plan.name()), context.messages());
            if (!plan.name().contains(".")) {
                StreamedData all = workspace.streamedData(plan.name());
                all.parts().forEach((part, rows) -> parts.add(partName(rows.name(), rows.rows(), context)));
            }
        } else {
            summary = DatasetSummary.sections(workspace.dataset(plan.name()), context.messages());
            Optional<PreparedData> prepared = workspace.prepared(plan.name());
            prepared.ifPresent(
                    all -> all.parts().forEach((part, rows) -> parts.add(partName(rows.name(), rows.rows(), context))));
        }
        String partsLine = parts.isEmpty() ? "" : context.messages().text("print.parts", String.join(", ", parts));
        String text = summary.text() + (partsLine.isEmpty() ? "" : partsLine + System.lineSeparator());
        context.out().print(text);
        context.observer().shown(new Shown.OfData(summary, partsLine, text));
    }

    private static String partName(String name, int rows, RunContext context) {
        return context.messages().text("print.part", name, String.format(Locale.ROOT, "%,d", rows));
    }
}
