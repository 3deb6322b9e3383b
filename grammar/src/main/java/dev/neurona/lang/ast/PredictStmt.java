package dev.neurona.lang.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code predict MODEL on DATA [to "file.csv"]} or {@code predict MODEL [x1, x2, ...]}.
 * Exactly one of {@code data} and {@code inputs} is present; {@code output} only goes with {@code data}.
 */
public record PredictStmt(
        SourceSpan span, Identifier model, Optional<NameRef> data, Optional<ListLit> inputs, Optional<StringLit> output)
        implements Statement {

    public PredictStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(model, "model");
        if (data.isPresent() == inputs.isPresent()) {
            throw new IllegalArgumentException("predict takes a data set or a list of inputs");
        }
        if (output.isPresent() && data.isEmpty()) {
            throw new IllegalArgumentException("predict writes a file only for a data set");
        }
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitPredict(this);
    }
}
