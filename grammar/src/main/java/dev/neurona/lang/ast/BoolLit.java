package dev.neurona.lang.ast;

import java.util.Objects;

/** {@code true} or {@code false}. */
public record BoolLit(SourceSpan span, boolean value) implements Expr {

    public BoolLit {
        Objects.requireNonNull(span, "span");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitBool(this);
    }
}
