package dev.neurona.lang.check;

import dev.neurona.lang.ast.ReportStmt;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.ReportPlan;
import dev.neurona.runtime.i18n.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code report MODEL on DATA to "file.html"}: the model must fit the data; the file is an HTML page. */
final class ReportCheck {

    private final CheckContext context;

    ReportCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(ReportStmt stmt) {
        Problems problems = context.problems();
        int errorsBefore = problems.errorCount();
        Optional<ModelSymbol> model = context.scope().model(stmt.model(), problems);
        Optional<DataRef> data = context.scope().data(stmt.data(), problems);
        FitRules.applies(model, data, stmt.model().span(), context);
        boolean named = FileKinds.require(
                stmt.output(), List.of(".html", ".htm"), name -> Text.of("check.file.report_html", name), problems);
        Optional<Path> file = named
                ? OutputFile.check(stmt.output().value(), stmt.output().span(), "report.html", context)
                : Optional.empty();
        if (problems.errorCount() > errorsBefore || model.isEmpty() || data.isEmpty() || file.isEmpty()) {
            return Optional.empty(); // a silenced name reports nothing, yet resolves to nothing
        }
        return Optional.of(new ReportPlan(
                stmt.model().name(), data.get().name(), file.get(), stmt.model().span()));
    }
}
