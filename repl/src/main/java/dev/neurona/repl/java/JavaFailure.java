package dev.neurona.repl.java;

import org.jspecify.annotations.Nullable;

/** A Java expression gave no value; its message (null when the errors were already printed) says why. */
public final class JavaFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JavaFailure(@Nullable String message) {
        super(message, null, false, false);
    }
}
