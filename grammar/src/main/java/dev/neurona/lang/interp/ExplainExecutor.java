package dev.neurona.lang.interp;

import dev.neurona.lang.plan.ExplainPlan;
import dev.neurona.runtime.explain.Explanation;

/** Runs {@code explain MODEL}: prints the model's {@link dev.neurona.runtime.explain.Explanation} in the session's language. */
final class ExplainExecutor {

    private ExplainExecutor() {}

    static void run(ExplainPlan plan, RunContext context) {
        Explanation explanation = context.workspace()
                .model(plan.model())
                .explain(plan.model(), context.messages().locale());
        String text = explanation.format();
        context.out().print(text);
        context.observer().shown(new Shown.OfExplanation(explanation, text));
    }
}
