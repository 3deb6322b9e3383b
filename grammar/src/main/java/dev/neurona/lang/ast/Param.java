package dev.neurona.lang.ast;

import java.util.Objects;

/** A template parameter with its default, such as {@code hidden = 128} in {@code model mlp(hidden = 128)}. */
public record Param(SourceSpan span, Identifier name, Expr defaultValue) implements Node {

    public Param {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }
}
