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
        Optional<ModelSymbol> model = context.scope().model(stmt.model(), context.problems());
        Optional<Path> file = OutputFile.check(
                stmt.path().value(), stmt.path().span(), stmt.model().name() + ".nnm", context);
        if (model.isEmpty() || file.isEmpty()) {
            return Optional.empty();
        }
        context.scope().writesModelFile(file.get(), model.get());
        return Optional.of(
                new SavePlan(stmt.model().name(), file.get(), stmt.path().span()));
    }
}
