package dev.neurona.lang.ast;

import java.util.List;
import java.util.Objects;

/**
 * A parsed script: its statements in source order. When the script had syntax errors, the
 * statements that contained them are left out and the rest are kept.
 *
 * @param file the name used in diagnostics, such as {@code digits.nn}
 */
public record Script(String file, List<Statement> statements) {

    public Script {
        Objects.requireNonNull(file, "file");
        statements = List.copyOf(statements);
    }
}
