package dev.neurona.lang.interp;

import dev.neurona.lang.plan.ReportPlan;
import dev.neurona.lang.visual.HtmlReport;
import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.data.Dataset;

/** Runs {@code report MODEL on DATA to "file.html"}: evaluates, then writes the one-page report. */
final class ReportExecutor {

    private ReportExecutor() {}

    static void run(ReportPlan plan, RunContext context) {
        Model model = context.workspace().model(plan.model());
        Dataset data = context.workspace().dataset(plan.data());
        LiveFit.require(plan.model(), model, data, plan.where());
        Evaluation evaluation = model.evaluate(data);
        HtmlReport.write(
                ReportBuilder.build(plan.model(), model, data, evaluation, context.messages()),
                plan.file(),
                VisualWords.report(context.messages(), plan.model(), plan.data()));
        context.out()
                .println(context.messages()
                        .text(
                                "run.report_written",
                                plan.model(),
                                plan.data(),
                                Printable.escape(plan.file().toString())));
    }
}
