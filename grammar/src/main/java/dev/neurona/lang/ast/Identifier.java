package dev.neurona.lang.ast;

import java.util.Objects;

/** A name as written: a model, a data set, an option, a layer, a parameter. */
public record Identifier(SourceSpan span, String name) implements Node {

    public Identifier {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name;
    }
}
