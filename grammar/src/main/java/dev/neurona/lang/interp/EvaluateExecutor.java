package dev.neurona.lang.interp;

import dev.neurona.lang.plan.EvaluatePlan;
import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import java.util.Locale;

/** Runs {@code evaluate MODEL on DATA}: a header line, then the classification or regression report. */
final class EvaluateExecutor {

    private EvaluateExecutor() {
    }

    static void run(EvaluatePlan plan, RunContext context) {
        Model model = context.workspace().model(plan.model());
        Dataset data = context.workspace().dataset(plan.data());
        LiveFit.require(plan.model(), model, data, plan.where());
        Evaluation evaluation = model.evaluate(data);
        context.out().printf(Locale.ROOT, "evaluate %s on %s (%,d rows)%n", plan.model(), plan.data(), data.rows());
        context.out().print(evaluation.format());
    }
}
