package dev.neurona.lang.ast;

import java.util.List;
import java.util.Objects;

/** The entries between braces: a model's layers or a statement's options. */
public record Block(SourceSpan span, List<Entry> entries) implements Node {

    public Block {
        Objects.requireNonNull(span, "span");
        entries = List.copyOf(entries);
    }
}
