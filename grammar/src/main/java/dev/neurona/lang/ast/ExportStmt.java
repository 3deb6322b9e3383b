package dev.neurona.lang.ast;

import java.util.Objects;

/**
 * {@code export MODEL to "file.onnx"}.
 */
public record ExportStmt(SourceSpan span, Identifier model, StringLit path) implements Statement {

    public ExportStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitExport(this);
    }
}
