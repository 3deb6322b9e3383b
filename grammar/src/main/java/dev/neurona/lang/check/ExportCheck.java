package dev.neurona.lang.check;

import dev.neurona.lang.ast.ExportStmt;
import dev.neurona.lang.plan.ExportPlan;
import dev.neurona.lang.plan.Plan;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code export MODEL to "file.onnx"}: the model must exist, and the file is checked as every
 * file a statement writes is (not empty, not a folder, never the script or a file it reads).
 */
final class ExportCheck {

    private final CheckContext context;

    ExportCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(ExportStmt stmt) {
        Optional<ModelSymbol> model = context.scope().model(stmt.model(), context.problems());
        Optional<Path> file = OutputFile.check(
                stmt.path().value(), stmt.path().span(), stmt.model().name() + ".onnx", context);
        if (model.isEmpty() || file.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ExportPlan(stmt.model().name(), file.get(), stmt.path().span()));
    }
}
