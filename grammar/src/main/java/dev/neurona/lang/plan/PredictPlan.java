package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import java.nio.file.Path;
import java.util.Optional;

/** {@code predict MODEL on DATA [to "file.csv"]}: print the first rows, or write them all. */
public record PredictPlan(String model, String data, Optional<Path> output, SourceSpan where) implements Plan {
    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitPredict(this);
    }
}
