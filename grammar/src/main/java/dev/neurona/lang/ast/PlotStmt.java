package dev.neurona.lang.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code plot MODEL [curves | weights] [to "file.png"]}.
 *
 * @param kind the word after the model's name, if any; the checker knows which words exist
 */
public record PlotStmt(
        SourceSpan span,
        Identifier model,
        Optional<Identifier> kind,
        Optional<StringLit> output) implements Statement {

    public PlotStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(output, "output");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitPlot(this);
    }
}
