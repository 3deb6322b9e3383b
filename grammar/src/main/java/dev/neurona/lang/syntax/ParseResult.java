package dev.neurona.lang.syntax;

import dev.neurona.lang.ast.Script;
import dev.neurona.lang.diag.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What {@link NnParser#parse(String, String)} found.
 *
 * @param script the statements that parsed without error, in source order
 * @param diagnostics the syntax errors in source order, at most one per statement
 */
public record ParseResult(Script script, List<Diagnostic> diagnostics) {

    public ParseResult {
        Objects.requireNonNull(script, "script");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
