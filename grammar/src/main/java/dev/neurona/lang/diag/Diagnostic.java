package dev.neurona.lang.diag;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.i18n.Text;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem found in a script, for the user to read. Its words stay a {@link Text} until it is
 * shown, so that one check serves readers of either language; {@link #message()} and
 * {@link #hint()} give the English.
 *
 * @param file the script's name as shown to the user, such as {@code digits.nn}
 * @param span where the culprit is; {@code null} for a problem of the whole file
 * @param text one plain sentence, without a capital or final period, in the style of
 *     {@code unknown optimizer 'adma'; did you mean 'adam'?}
 * @param help a further suggestion printed on its own {@code = help:} line, or {@code null}
 */
public record Diagnostic(
        Severity severity,
        String file,
        @Nullable SourceSpan span,
        Text text,
        @Nullable Text help) {

    /**
     * The order diagnostics are shown in: by line, then column; a problem of the whole file
     * (no span) first. The sort is stable, so diagnostics at one place keep the order they were
     * found in. Every list of diagnostics handed out (parser, checker, session, language server)
     * is sorted by it.
     */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparingInt(
                    (Diagnostic d) -> d.span() == null ? 0 : d.span().line())
            .thenComparingInt(d -> d.span() == null ? 0 : d.span().column());

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    /** A diagnostic in words that are shown as they are in every language. */
    public Diagnostic(
            Severity severity, String file, @Nullable SourceSpan span, String message, @Nullable String hint) {
        this(severity, file, span, Text.verbatim(message), hint == null ? null : Text.verbatim(hint));
    }

    public static Diagnostic error(String file, @Nullable SourceSpan span, Text message) {
        return new Diagnostic(Severity.ERROR, file, span, message, (Text) null);
    }

    public static Diagnostic error(String file, @Nullable SourceSpan span, Text message, @Nullable Text hint) {
        return new Diagnostic(Severity.ERROR, file, span, message, hint);
    }

    public static Diagnostic warning(String file, @Nullable SourceSpan span, Text message) {
        return new Diagnostic(Severity.WARNING, file, span, message, (Text) null);
    }

    public static Diagnostic error(String file, @Nullable SourceSpan span, String message) {
        return new Diagnostic(Severity.ERROR, file, span, message, null);
    }

    public static Diagnostic error(String file, @Nullable SourceSpan span, String message, @Nullable String hint) {
        return new Diagnostic(Severity.ERROR, file, span, message, hint);
    }

    public static Diagnostic warning(String file, @Nullable SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, file, span, message, null);
    }

    /** The same diagnostic with {@code message} in place of its words, and the same help. */
    public Diagnostic withText(Text message) {
        return new Diagnostic(severity, file, span, message, help);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in English. */
    public String message() {
        return text.english();
    }

    /** The message in {@code messages}' language. */
    public String message(Messages messages) {
        return text.in(messages);
    }

    /** The help in English, or {@code null}. */
    public @Nullable String hint() {
        return help == null ? null : help.english();
    }

    /** The help in {@code messages}' language, or {@code null}. */
    public @Nullable String hint(Messages messages) {
        return help == null ? null : help.in(messages);
    }

    /** The first line of the rendered diagnostic, in English: {@code file:line:col: error: message}. */
    public String headline() {
        return headline(Messages.english());
    }

    /** The first line of the rendered diagnostic in {@code messages}' language. */
    public String headline(Messages messages) {
        String where = span == null ? file : file + ":" + span.line() + ":" + span.column();
        return where + ": " + severity.label(messages) + ": " + message(messages);
    }
}
