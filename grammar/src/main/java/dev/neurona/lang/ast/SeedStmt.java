package dev.neurona.lang.ast;

import java.util.Objects;

/**
 * {@code seed N}: seeds every random choice that follows.
 */
public record SeedStmt(SourceSpan span, Expr value) implements Statement {

    public SeedStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitSeed(this);
    }
}
