package dev.neurona.onnx;

import dev.neurona.runtime.NeuronaException;

/** A model, or a part of it, that ONNX export cannot write; the message says which and why. */
public final class OnnxExportException extends NeuronaException {
    public OnnxExportException(String message) {
        super(message);
    }

    public OnnxExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
