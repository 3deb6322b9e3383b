package dev.neurona.lang.check;

import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.PrintStmt;
import dev.neurona.lang.ast.StringLit;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.PrintPlan;
import dev.neurona.lang.plan.PrintTextPlan;
import java.util.Optional;

/** {@code print NAME} (a model, a data set or a part) or {@code print "text"}. */
final class PrintCheck {

    private final CheckContext context;

    PrintCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(PrintStmt stmt) {
        if (stmt.subject() instanceof StringLit text) {
            return Optional.of(new PrintTextPlan(text.value(), text.span()));
        }
        NameRef name = (NameRef) stmt.subject();
        return context.scope().any(name, context.problems()).map(found -> new PrintPlan(name.text(), name.span()));
    }
}
