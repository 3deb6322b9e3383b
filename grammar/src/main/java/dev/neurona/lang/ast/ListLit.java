package dev.neurona.lang.ast;

import java.util.List;
import java.util.Objects;

/** A list in square brackets, such as {@code [0.1, 0.01, 0.001]}; possibly empty or nested. */
public record ListLit(SourceSpan span, List<Expr> elements) implements Expr {

    public ListLit {
        Objects.requireNonNull(span, "span");
        elements = List.copyOf(elements);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitList(this);
    }
}
