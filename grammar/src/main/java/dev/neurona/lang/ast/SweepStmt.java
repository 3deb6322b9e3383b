package dev.neurona.lang.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code sweep NAME = TEMPLATE on DATA { OPTIONS } [to "results.csv"]}.
 *
 * @param options train options plus {@code vary}, {@code select} and {@code repeat} lines
 * @param output where to write the table of results, if given
 */
public record SweepStmt(
        SourceSpan span, Identifier name, Identifier template, NameRef data, Block options, Optional<StringLit> output)
        implements Statement {

    public SweepStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(output, "output");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitSweep(this);
    }
}
