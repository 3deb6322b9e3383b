package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.data.DataOptions;

/** {@code data NAME = SOURCE { OPTIONS }}: load (or derive), then prepare with {@code options}. */
public record DataPlan(String name, DataSource source, DataOptions options, SourceSpan where) implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitData(this);
    }
}
