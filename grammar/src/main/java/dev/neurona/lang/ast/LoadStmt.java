package dev.neurona.lang.ast;

import java.util.Objects;

/**
 * {@code load NAME from "file"}.
 */
public record LoadStmt(SourceSpan span, Identifier name, StringLit path) implements Statement {

    public LoadStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitLoad(this);
    }
}
