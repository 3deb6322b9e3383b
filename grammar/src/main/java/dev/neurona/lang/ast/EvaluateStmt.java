package dev.neurona.lang.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code evaluate MODEL on DATA [to "file"]}.
 */
public record EvaluateStmt(SourceSpan span, Identifier model, NameRef data, Optional<StringLit> output)
        implements Statement {

    public EvaluateStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(output, "output");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitEvaluate(this);
    }
}
