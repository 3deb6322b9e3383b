package dev.neurona.lang.ast;

import java.util.Objects;

/** A value introduced by a preposition: {@code on digits.valid}, {@code in [32, 64]}. */
public record PrepositionArg(SourceSpan span, Preposition preposition, Expr value) implements Arg {

    public PrepositionArg {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(preposition, "preposition");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(ArgVisitor<R> visitor) {
        return visitor.visitPreposition(this);
    }
}
