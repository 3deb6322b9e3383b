package dev.neurona.lang.ast;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number: {@code 42}, {@code 0.5}, {@code .5}, {@code 1e-3}, or a percentage {@code 80%}.
 *
 * @param value the number's value; a percentage is already divided by 100 ({@code 80%} is 0.8)
 * @param text the number exactly as written, including a trailing {@code %}
 * @param isPercent whether it was written as a percentage
 */
public record NumberLit(SourceSpan span, double value, String text, boolean isPercent) implements Expr {

    public NumberLit {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }

    /** Whether it was written as a whole number, without a point, exponent or {@code %}. */
    public boolean isIntegerLiteral() {
        return !isPercent && text.chars().allMatch(Character::isDigit);
    }

    /**
     * The exact decimal value of the text (a percentage divided by 100), for sums that must not
     * suffer from binary rounding, such as split percentages adding up to 100%.
     */
    public BigDecimal exactValue() {
        if (isPercent) {
            return new BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(2);
        }
        return new BigDecimal(text);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitNumber(this);
    }
}
