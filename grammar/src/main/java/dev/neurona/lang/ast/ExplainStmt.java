package dev.neurona.lang.ast;

import java.util.Objects;

/** {@code explain MODEL}. */
public record ExplainStmt(SourceSpan span, Identifier model) implements Statement {

    public ExplainStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(model, "model");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitExplain(this);
    }
}
