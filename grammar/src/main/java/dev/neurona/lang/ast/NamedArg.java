package dev.neurona.lang.ast;

import java.util.Objects;

/** {@code name=value}: a named argument of a call, or an option on a block entry ({@code init=he}). */
public record NamedArg(SourceSpan span, Identifier name, Expr value) implements Arg {

    public NamedArg {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(ArgVisitor<R> visitor) {
        return visitor.visitNamed(this);
    }
}
