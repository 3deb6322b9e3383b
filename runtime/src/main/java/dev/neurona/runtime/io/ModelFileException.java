package dev.neurona.runtime.io;

import dev.neurona.runtime.NeuronaException;

/** A model file that cannot be written, or read back: missing, damaged, truncated, too new. */
public final class ModelFileException extends NeuronaException {
    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
