package dev.neurona.lang.check;

import dev.neurona.lang.check.facts.CheckedLoads;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.plan.Plan;
import java.util.List;

/**
 * What a check found: the diagnostics in source order, and the compiled plans, one per
 * statement, which may run only when there is no error; and the files it loaded on the way, for
 * the run to take rather than load again.
 */
public record CheckResult(List<Diagnostic> diagnostics, List<Plan> plans, CheckedLoads loads) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        plans = List.copyOf(plans);
    }

    public CheckResult(List<Diagnostic> diagnostics, List<Plan> plans) {
        this(diagnostics, plans, new CheckedLoads());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
