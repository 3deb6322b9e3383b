package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code evaluate MODEL on DATA [to "file"]}.
 *
 * @param file where the evaluation also goes: a {@code .png} draws the confusion matrix, a
 *             {@code .txt} holds the printed report; empty for the terminal only
 */
public record EvaluatePlan(String model, String data, Optional<Path> file, SourceSpan where) implements Plan {

    /** Evaluation on the terminal only. */
    public EvaluatePlan(String model, String data, SourceSpan where) {
        this(model, data, Optional.empty(), where);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitEvaluate(this);
    }
}
