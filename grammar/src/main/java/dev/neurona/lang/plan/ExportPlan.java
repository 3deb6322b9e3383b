package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import java.nio.file.Path;

/** {@code export MODEL to "file.onnx"}. */
public record ExportPlan(String model, Path file, SourceSpan where) implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitExport(this);
    }
}
