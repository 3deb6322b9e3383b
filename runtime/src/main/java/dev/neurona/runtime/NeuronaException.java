package dev.neurona.runtime;

/**
 * The root of every error the runtime reports to a user: bad data, a broken model file, a
 * diverging run. Its message is written for the person at the keyboard, not for a stack trace.
 */
public class NeuronaException extends RuntimeException {
    public NeuronaException(String message) {
        super(message);
    }

    public NeuronaException(String message, Throwable cause) {
        super(message, cause);
    }
}
