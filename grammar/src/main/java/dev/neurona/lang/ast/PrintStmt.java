package dev.neurona.lang.ast;

import java.util.Objects;

/**
 * {@code print NAME} or {@code print "text"}.
 *
 * @param subject a {@link NameRef} (a model, a data set or one of its parts) or a {@link StringLit}
 */
public record PrintStmt(SourceSpan span, Expr subject) implements Statement {

    public PrintStmt {
        Objects.requireNonNull(span, "span");
        if (!(subject instanceof NameRef || subject instanceof StringLit)) {
            throw new IllegalArgumentException("print takes a name or a string: " + subject);
        }
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitPrint(this);
    }
}
