package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import java.nio.file.Path;

/** {@code report MODEL on DATA to "file.html"}. */
public record ReportPlan(String model, String data, Path file, SourceSpan where) implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitReport(this);
    }
}
