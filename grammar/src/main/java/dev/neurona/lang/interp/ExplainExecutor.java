package dev.neurona.lang.interp;

import dev.neurona.lang.plan.ExplainPlan;

/** Runs {@code explain MODEL}: prints the model's {@link dev.neurona.runtime.explain.Explanation} in the session's language. */
final class ExplainExecutor {

    private ExplainExecutor() {}

    static void run(ExplainPlan plan, RunContext context) {
        context.out()
                .print(context.workspace()
                        .model(plan.model())
                        .explain(plan.model(), context.messages().locale())
                        .format());
    }
}
