package dev.neurona.lang.interp;

import dev.neurona.lang.ast.SourceSpan;

/** A statement that cannot go on while running; reported at {@code where} with the message. */
final class RunFailure extends RuntimeException {

    private final transient SourceSpan where;

    RunFailure(SourceSpan where, String message) {
        super(message);
        this.where = where;
    }

    SourceSpan where() {
        return where;
    }
}
