package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;

/** {@code evaluate MODEL on DATA}. */
public record EvaluatePlan(String model, String data, SourceSpan where) implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitEvaluate(this);
    }
}
