package dev.neurona.lang.ast;

import java.util.Objects;

/** A prefix operator applied to a value: {@code -3} is {@code Unary(NEGATE, 3)}. */
public record Unary(SourceSpan span, UnaryOp op, Expr operand) implements Expr {

    public Unary {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitUnary(this);
    }
}
