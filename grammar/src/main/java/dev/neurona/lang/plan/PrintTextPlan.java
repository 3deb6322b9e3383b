package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;

/** {@code print "text"}. */
public record PrintTextPlan(String text, SourceSpan where) implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitPrintText(this);
    }
}
