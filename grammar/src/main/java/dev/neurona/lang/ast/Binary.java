package dev.neurona.lang.ast;

import java.util.Objects;

/** {@code left op right}, such as {@code 1/255} or {@code 2*64}. */
public record Binary(SourceSpan span, BinaryOp op, Expr left, Expr right) implements Expr {

    public Binary {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitBinary(this);
    }
}
