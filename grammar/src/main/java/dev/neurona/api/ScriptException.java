package dev.neurona.api;

import dev.neurona.lang.diag.Diagnostic;
import java.util.List;

/**
 * {@code .nn} text that is wrong (nothing ran) or that failed while running, with what went wrong
 * as values: each {@link Diagnostic} has the file, line, column, message and suggestion. The one
 * exception the facade raises; unchecked. Immutable and thread-safe.
 */
public final class ScriptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public ScriptException(List<Diagnostic> diagnostics) {
        super(headlines(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every diagnostic reported, errors and warnings, in source order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String headlines(List<Diagnostic> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (!d.isError()) continue;
            if (text.length() > 0) text.append('\n');
            text.append(d.headline());
        }
        return text.length() == 0 ? "the script failed" : text.toString();
    }
}
