package dev.neurona.lang.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code data NAME = SOURCE [{ OPTIONS }]}.
 *
 * @param source a {@link Call} ({@code csv("iris.csv")}, {@code idx(...)}, {@code parquet(...)})
 *     or a {@link NameRef} ({@code mnist.train}, or an existing data set or one of its parts)
 * @param options the block of options, if one was written
 */
public record DataStmt(SourceSpan span, Identifier name, Expr source, Optional<Block> options) implements Statement {

    public DataStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        if (!(source instanceof Call || source instanceof NameRef)) {
            throw new IllegalArgumentException("a data source is a call or a name: " + source);
        }
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitData(this);
    }
}
