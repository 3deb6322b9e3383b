package dev.neurona.lang.diag;

import dev.neurona.lang.ast.SourceSpan;
import java.util.Objects;

/**
 * A problem found in a script, for the user to read.
 *
 * @param file the script's name as shown to the user, such as {@code digits.nn}
 * @param span where the culprit is; {@code null} for a problem of the whole file
 * @param message one plain sentence, without a capital or final period, in the style of
 *     {@code unknown optimizer 'adma'; did you mean 'adam'?}
 * @param hint a further suggestion printed on its own {@code = help:} line, or {@code null}
 */
public record Diagnostic(Severity severity, String file, SourceSpan span, String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String file, SourceSpan span, String message) {
        return new Diagnostic(Severity.ERROR, file, span, message, null);
    }

    public static Diagnostic error(String file, SourceSpan span, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, span, message, hint);
    }

    public static Diagnostic warning(String file, SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, file, span, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line of the rendered diagnostic: {@code file:line:col: error: message}. */
    public String headline() {
        String where = span == null ? file : file + ":" + span.line() + ":" + span.column();
        return where + ": " + severity.label() + ": " + message;
    }
}
