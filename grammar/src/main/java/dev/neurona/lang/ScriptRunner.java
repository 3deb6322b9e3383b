package dev.neurona.lang;

import java.nio.file.Path;

/**
 * Reads, checks and runs {@code .nn} scripts: what {@code nn run} and {@code nn check} do.
 * Exit codes follow the language: 0 success, 2 the script is wrong, 1 a failure while running
 * (bad data row, divergence, I/O), 130 interrupted.
 *
 * <p>Contract placeholder: the interpreter provides the bodies; the signatures are fixed.
 */
public final class ScriptRunner {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int SCRIPT_ERROR = 2;
    public static final int INTERRUPTED = 130;

    private final RunOptions options;

    public ScriptRunner(RunOptions options) {
        this.options = options;
    }

    /** Reads and checks the whole script, then runs it statement by statement. */
    public int run(Path script) {
        throw new UnsupportedOperationException("the interpreter is not wired in yet");
    }

    /** Reads and checks the script (and the headers of its data files); runs nothing. */
    public int check(Path script) {
        throw new UnsupportedOperationException("the interpreter is not wired in yet");
    }

    /** Asks a running script to stop after the current batch (Ctrl-C); {@link #run} then returns 130. */
    public void cancel() {
    }

    RunOptions options() {
        return options;
    }
}
