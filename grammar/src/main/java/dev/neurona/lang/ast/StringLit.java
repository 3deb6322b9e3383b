package dev.neurona.lang.ast;

import java.util.Objects;

/**
 * A string in double quotes.
 *
 * @param value the text with its escapes ({@code \" \\ \n \t}) already replaced
 */
public record StringLit(SourceSpan span, String value) implements Expr {

    public StringLit {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitString(this);
    }
}
