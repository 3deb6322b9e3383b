package dev.neurona.lang.check;

import dev.neurona.lang.ast.EvaluateStmt;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.plan.EvaluatePlan;
import dev.neurona.lang.plan.Plan;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code evaluate MODEL on DATA [to "file"]}: the model must fit the data. A {@code .png} file
 * gets the confusion matrix, so it needs classification data; a {@code .txt} file the report.
 */
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
        FitRules.applies(model, data, stmt.model().span(), context);
        Optional<Path> file = stmt.output().flatMap(output -> {
            boolean named = FileKinds.require(
                    output, List.of(".png", ".txt"), name -> Text.of("check.file.evaluation", name), problems);
            boolean image =
                    named && FileKinds.extension(output.value()).orElseThrow().equals(".png");
            data.flatMap(DataRef::shape)
                    .filter(shape -> image && shape.task() == Task.REGRESSION)
                    .ifPresent(shape -> problems.error(
                            output.span(),
                            Text.of(
                                    "check.evaluate.matrix_regression",
                                    data.get().name()),
                            Text.of("check.evaluate.as_text")));
            return named
                    ? OutputFile.check(output.value(), output.span(), "evaluation.txt", context)
                    : Optional.empty();
        });
        if (problems.errorCount() > errorsBefore || model.isEmpty() || data.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EvaluatePlan(
                stmt.model().name(), data.get().name(), file, stmt.model().span()));
    }
}
