package dev.neurona.lang.ast;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A name used as a value: {@code relu}, {@code hidden}, {@code digits}, or a dotted name such as
 * {@code digits.train} (one part of a split data set) or {@code mnist.test}.
 *
 * @param parts the names between the dots, at least one
 */
public record NameRef(SourceSpan span, List<Identifier> parts) implements Expr {

    public NameRef {
        Objects.requireNonNull(span, "span");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a name has at least one part");
        }
    }

    /** The name as written, parts joined by dots. */
    public String text() {
        return parts.stream().map(Identifier::name).collect(Collectors.joining("."));
    }

    /** Whether the name has a dot, as in {@code digits.train}. */
    public boolean isDotted() {
        return parts.size() > 1;
    }

    /** The part before the first dot: the data set in {@code digits.train}. */
    public Identifier head() {
        return parts.get(0);
    }

    /** The part after the last dot: {@code train} in {@code digits.train}. */
    public Identifier last() {
        return parts.get(parts.size() - 1);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitName(this);
    }
}
