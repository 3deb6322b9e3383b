package dev.neurona.lang.check;

import dev.neurona.lang.ast.SaveStmt;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.SavePlan;
import java.nio.file.Path;
import java.util.Optional;

/** {@code save MODEL to "file"}: the model must exist; a later {@code load} of the file is then fine. */
final class SaveCheck {

    private final CheckContext context;

    SaveCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(SaveStmt stmt) {
        Path file = context.paths().resolve(stmt.path().value());
        return context.scope().model(stmt.model(), context.problems()).map(model -> {
            context.scope().writesModelFile(file, model);
            return new SavePlan(stmt.model().name(), file, stmt.path().span());
        });
    }
}
