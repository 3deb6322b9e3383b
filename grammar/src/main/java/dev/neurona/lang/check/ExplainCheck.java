package dev.neurona.lang.check;

import dev.neurona.lang.ast.ExplainStmt;
import dev.neurona.lang.plan.ExplainPlan;
import dev.neurona.lang.plan.Plan;
import java.util.Optional;

/** {@code explain MODEL}: the model must exist (an unknown name gets the nearest one). */
final class ExplainCheck {

    private final CheckContext context;

    ExplainCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(ExplainStmt stmt) {
        return context.scope()
                .model(stmt.model(), context.problems())
                .map(found -> new ExplainPlan(stmt.model().name(), stmt.model().span()));
    }
}
