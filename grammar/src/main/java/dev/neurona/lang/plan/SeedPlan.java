package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;

/** {@code seed N}: restart the random stream from {@code seed}. */
public record SeedPlan(long seed, SourceSpan where) implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitSeed(this);
    }
}
