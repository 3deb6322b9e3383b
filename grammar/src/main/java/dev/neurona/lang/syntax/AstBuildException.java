package dev.neurona.lang.syntax;

import dev.neurona.lang.ast.SourceSpan;

/**
 * A statement that parsed but cannot become a syntax tree, such as a string with an unknown
 * escape or a call with a positional argument after a named one. The statement is left out.
 */
final class AstBuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourceSpan span;

    AstBuildException(SourceSpan span, String message) {
        super(message, null, false, false);
        this.span = span;
    }

    SourceSpan span() {
        return span;
    }
}
