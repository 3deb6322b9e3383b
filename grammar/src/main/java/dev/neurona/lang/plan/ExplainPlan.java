package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;

/** {@code explain MODEL}: the model in plain words and the verdict on its training. */
public record ExplainPlan(String model, SourceSpan where) implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitExplain(this);
    }
}
