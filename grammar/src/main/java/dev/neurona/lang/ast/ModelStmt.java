package dev.neurona.lang.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code model NAME [(PARAM = DEFAULT, ...)] { LAYERS }}; with parameters it is a template.
 *
 * @param params the parameters in order, empty when none were written
 * @param layers one entry per layer line
 */
public record ModelStmt(SourceSpan span, Identifier name, List<Param> params, Block layers) implements Statement {

    public ModelStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layers, "layers");
        params = List.copyOf(params);
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitModel(this);
    }
}
