package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import java.nio.file.Path;

/** {@code load NAME from "file"}. */
public record LoadPlan(String name, Path file, SourceSpan where) implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitLoad(this);
    }
}
