package dev.neurona.lang.check;

import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.plan.Plan;
import java.util.List;

/**
 * What a check found: the diagnostics in source order, and the compiled plans, one per
 * statement, which may run only when there is no error.
 */
public record CheckResult(List<Diagnostic> diagnostics, List<Plan> plans) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        plans = List.copyOf(plans);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
