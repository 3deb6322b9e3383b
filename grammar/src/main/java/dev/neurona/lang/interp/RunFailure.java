package dev.neurona.lang.interp;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.i18n.Text;

/**
 * A statement that cannot go on while running; reported at {@code where} with its text, which is
 * put into the reader's language only when shown.
 */
final class RunFailure extends RuntimeException {

    private final transient SourceSpan where;
    private final transient Text text;

    RunFailure(SourceSpan where, Text text) {
        super(text.english());
        this.where = where;
        this.text = text;
    }

    SourceSpan where() {
        return where;
    }

    Text text() {
        return text;
    }
}
