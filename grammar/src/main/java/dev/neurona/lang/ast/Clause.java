package dev.neurona.lang.ast;

import java.util.List;
import java.util.Objects;

/**
 * One comma-separated part of a block entry: in {@code split train 90%, valid 10%} the clauses
 * are {@code train 90%} and {@code valid 10%}; in {@code features a, b} they are {@code a} and
 * {@code b}. Most entries have one clause.
 */
public record Clause(SourceSpan span, List<Arg> args) implements Node {

    public Clause {
        Objects.requireNonNull(span, "span");
        args = List.copyOf(args);
        if (args.isEmpty()) {
            throw new IllegalArgumentException("a clause has at least one item");
        }
    }
}
