package dev.neurona.lang.plan;

import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.Param;
import java.util.List;

/**
 * A model block kept as written, so that {@code model big = mlp(hidden=512)} can compile it
 * again with other parameter values, in this script or a later REPL entry.
 *
 * @param params the parameters with their defaults; empty for a plain model
 */
public record Template(String name, List<Param> params, Block body) {
    public Template {
        params = List.copyOf(params);
    }
}
