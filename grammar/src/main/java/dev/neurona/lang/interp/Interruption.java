package dev.neurona.lang.interp;

/** The run was cancelled (Ctrl-C); the message says where it stopped. */
final class Interruption extends RuntimeException {

    Interruption(String message) {
        super(message);
    }
}
