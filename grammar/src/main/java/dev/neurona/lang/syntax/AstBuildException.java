package dev.neurona.lang.syntax;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.i18n.Text;

/**
 * A statement that parsed but cannot become a syntax tree, such as a string with an unknown
 * escape or a call with a positional argument after a named one. The statement is left out.
 */
final class AstBuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourceSpan span;
    private final transient Text text;

    AstBuildException(SourceSpan span, Text message) {
        super(message.english(), null, false, false);
        this.span = span;
        this.text = message;
    }

    /** The message, for the reader's language. */
    Text text() {
        return text;
    }

    SourceSpan span() {
        return span;
    }
}
