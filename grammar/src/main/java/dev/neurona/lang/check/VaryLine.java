package dev.neurona.lang.check;

import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.check.value.Value;
import java.util.List;

/**
 * One {@code vary NAME in [VALUES]} line as read, before it is known what NAME is.
 *
 * @param exprs  the values as written, which a template's body is compiled with again
 * @param values the same values evaluated
 * @param labels the values as the table shows them
 */
record VaryLine(Identifier name, List<Expr> exprs, List<Value> values, List<String> labels) {
    VaryLine {
        exprs = List.copyOf(exprs);
        values = List.copyOf(values);
        labels = List.copyOf(labels);
    }
}
