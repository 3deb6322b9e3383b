package dev.neurona.lang.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code model NAME = TEMPLATE(ARGS)}, or {@code model NAME = TEMPLATE} for the defaults.
 * The parser guarantees that positional arguments came first and that no name is given twice.
 */
public record ModelFromTemplateStmt(
        SourceSpan span, Identifier name, Identifier template, List<Expr> positional, List<NamedArg> named)
        implements Statement {

    public ModelFromTemplateStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        positional = List.copyOf(positional);
        named = List.copyOf(named);
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitModelFromTemplate(this);
    }
}
