package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import java.util.List;

/**
 * {@code predict MODEL [x1, x2, ...]}: one raw input row through the model's own preprocessing.
 *
 * @param inputs each a {@code Double} or a {@code String} (a text column's value)
 */
public record PredictInputsPlan(String model, List<Object> inputs, SourceSpan where) implements Plan {
    public PredictInputsPlan {
        inputs = List.copyOf(inputs);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitPredictInputs(this);
    }
}
