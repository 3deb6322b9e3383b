package dev.neurona.runtime.nn;

/** A layer that cannot take the shape it is given: the message says why, in a user's words. */
public final class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) {
        super(message);
    }
}
