package dev.neurona.lang.check;

import dev.neurona.lang.ast.SeedStmt;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.SeedPlan;
import dev.neurona.runtime.i18n.Text;
import java.util.Optional;

/** {@code seed N}: a whole number. */
final class SeedCheck {

    private final CheckContext context;

    SeedCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(SeedStmt stmt) {
        return context.expect()
                .whole(
                        context.evaluator().eval(stmt.value()),
                        Text.of("check.seed.expected"),
                        Text.of("check.seed.subject"))
                .map(seed -> new SeedPlan(seed, stmt.value().span()));
    }
}
