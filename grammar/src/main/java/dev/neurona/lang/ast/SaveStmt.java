package dev.neurona.lang.ast;

import java.util.Objects;

/**
 * {@code save MODEL to "file"}.
 */
public record SaveStmt(SourceSpan span, Identifier model, StringLit path) implements Statement {

    public SaveStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitSave(this);
    }
}
