package dev.neurona.lang.check;

import dev.neurona.lang.ast.EvaluateStmt;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.plan.EvaluatePlan;
import dev.neurona.lang.plan.Plan;
import java.util.Optional;

/** {@code evaluate MODEL on DATA}: the model must fit the data. Writing the report to a file is not supported yet. */
final class EvaluateCheck {

    private final CheckContext context;

    EvaluateCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(EvaluateStmt stmt) {
        Problems problems = context.problems();
        int errorsBefore = problems.errorCount();
        Optional<ModelSymbol> model = context.scope().model(stmt.model(), problems);
        Optional<DataRef> data = context.scope().data(stmt.data(), problems);
        if (model.isPresent() && data.isPresent()) {
            FitRules.inputs(model.get(), data.get(), stmt.model().span(), problems, context.scope().reportedMismatches());
            FitRules.outputs(model.get(), data.get(), stmt.model().span(), problems, context.scope().reportedMismatches());
        }
        stmt.output().ifPresent(file -> problems.error(file.span(),
                "writing an evaluation to a file is not supported yet; leave out 'to \"" + file.value() + "\"'"));
        if (problems.errorCount() > errorsBefore || model.isEmpty() || data.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EvaluatePlan(stmt.model().name(), data.get().name(), stmt.model().span()));
    }
}
