package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.Optional;

/**
 * {@code train MODEL on DATA { OPTIONS }}.
 *
 * @param validation the data set named by {@code validate on}, if any ({@code validate P%} is
 *                   the spec's validation fraction)
 */
public record TrainPlan(String model, String data, TrainSpec spec, Optional<String> validation, SourceSpan where)
        implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitTrain(this);
    }
}
