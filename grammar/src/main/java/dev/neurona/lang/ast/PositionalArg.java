package dev.neurona.lang.ast;

import java.util.Objects;

/** A plain value on a block entry, such as {@code 64} and {@code relu} in {@code dense 64 relu}. */
public record PositionalArg(Expr value) implements Arg {

    public PositionalArg {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public SourceSpan span() {
        return value.span();
    }

    @Override
    public <R> R accept(ArgVisitor<R> visitor) {
        return visitor.visitPositional(this);
    }
}
