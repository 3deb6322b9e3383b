package dev.neurona.lang.interp;

import dev.neurona.lang.plan.PrintPlan;
import dev.neurona.lang.plan.PrintTextPlan;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.data.StreamedData;
import dev.neurona.runtime.data.StreamedDataset;
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
            context.out().print(ModelSummary.format(plan.name(), workspace.model(plan.name())));
            return;
        }
        if (workspace.isStreamed(plan.name())) {
            StreamedDataset data = workspace.stream(plan.name());
            context.out().print(DatasetSummary.format(data));
            if (!plan.name().contains(".")) {
                StreamedData all = workspace.streamedData(plan.name());
                if (!all.parts().isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    all.parts()
                            .forEach((part, rows) ->
                                    parts.add(String.format(Locale.ROOT, "%s (%,d rows)", rows.name(), rows.rows())));
                    context.out().println("parts: " + String.join(", ", parts));
                }
            }
            return;
        }
        Dataset data = workspace.dataset(plan.name());
        context.out().print(DatasetSummary.format(data));
        Optional<PreparedData> prepared = workspace.prepared(plan.name());
        if (prepared.isPresent() && !prepared.get().parts().isEmpty()) {
            List<String> parts = new ArrayList<>();
            prepared.get()
                    .parts()
                    .forEach((part, rows) ->
                            parts.add(String.format(Locale.ROOT, "%s (%,d rows)", rows.name(), rows.rows())));
            context.out().println("parts: " + String.join(", ", parts));
        }
    }
}
