package dev.neurona.lang.ast;

import java.util.List;
import java.util.Objects;

/**
 * A size such as {@code 28x28} or {@code 2x3x4}: an input width that keeps its shape.
 *
 * @param factors the numbers between the {@code x}s, in order, each at least 0
 * @param text the size as written
 */
public record SizeLit(SourceSpan span, List<Integer> factors, String text) implements Expr {

    public SizeLit {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        factors = List.copyOf(factors);
        if (factors.size() < 2) {
            throw new IllegalArgumentException("a size has at least two factors: " + factors);
        }
    }

    /** The product of the factors: the width of a flattened input of this shape. */
    public long product() {
        long product = 1;
        for (int factor : factors) {
            product *= factor;
        }
        return product;
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitSize(this);
    }
}
