package dev.neurona.lang.ast;

import java.util.Objects;

/**
 * {@code report MODEL on DATA to "file"}.
 */
public record ReportStmt(SourceSpan span, Identifier model, NameRef data, StringLit output) implements Statement {

    public ReportStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(output, "output");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitReport(this);
    }
}
