package dev.neurona.lang.interp;

import dev.neurona.lang.diag.Diagnostic;
import java.util.List;

/**
 * How running (or checking) some text ended, with the diagnostics it reported (already printed
 * by the session).
 */
public record Outcome(Status status, List<Diagnostic> diagnostics) {

    /** The four ways a run ends, with the exit codes of {@code nn run} and {@code nn check}. */
    public enum Status {
        OK(0),
        /** A failure while running: a bad data row, divergence, I/O. */
        FAILED(1),
        /** The text is wrong: a syntax error or a check error; nothing ran. */
        SCRIPT_ERROR(2),
        /** Cancelled (Ctrl-C); a model being trained keeps the weights of its last finished batch. */
        INTERRUPTED(130);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    public Outcome {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean isOk() {
        return status == Status.OK;
    }
}
