package dev.neurona.cli.data;

/** One mirror could not deliver one file (network, HTTP status, wrong sum): the next mirror may. */
final class MirrorFailure extends Exception {
    /** @param reason a short phrase for people, e.g. "HTTP 404 (not found)" */
    MirrorFailure(String reason) {
        super(reason);
    }
}
