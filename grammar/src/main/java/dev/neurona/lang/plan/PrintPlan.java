package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;

/** {@code print NAME}: a model's or a data set's summary. */
public record PrintPlan(String name, SourceSpan where) implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitPrint(this);
    }
}
