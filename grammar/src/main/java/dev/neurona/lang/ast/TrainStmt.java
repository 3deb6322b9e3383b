package dev.neurona.lang.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code train MODEL on DATA [{ OPTIONS }]}.
 */
public record TrainStmt(SourceSpan span, Identifier model, NameRef data, Optional<Block> options) implements Statement {

    public TrainStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitTrain(this);
    }
}
