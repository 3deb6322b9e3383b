package dev.neurona.lang;

import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.RunObserver;
import dev.neurona.lang.interp.Session;
import dev.neurona.lang.interp.SessionSettings;
import dev.neurona.lang.interp.TableSource;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.train.TrainingEngine;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads, checks and runs {@code .nn} scripts: what {@code nn run} and {@code nn check} do.
 * Exit codes follow the language: 0 success, 2 the script is wrong, 1 a failure while running
 * (bad data row, divergence, I/O), 130 interrupted.
 *
 * <p>Diagnostics name the script as it was given ({@code samples/mnist.nn:12:7: error: ...});
 * relative paths inside the script start from the script's directory.
 */
public final class ScriptRunner {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int SCRIPT_ERROR = 2;
    public static final int INTERRUPTED = 130;

    private final RunOptions options;
    private final TrainingEngine engine;
    private final TableSource tables;
    private volatile @Nullable Session session;
    private volatile boolean cancelRequested;
    private volatile RunObserver observer = RunObserver.NONE;

    /** Runs scripts in this process. */
    public ScriptRunner(RunOptions options) {
        this(options, TrainingEngine.LOCAL, TableSource.LOCAL);
    }

    /** Runs scripts with training on {@code engine} and tables read by {@code tables}, such as a cluster's. */
    public ScriptRunner(RunOptions options, TrainingEngine engine, TableSource tables) {
        this.options = options;
        this.engine = engine;
        this.tables = tables;
    }

    /** Reads and checks the whole script, then runs it statement by statement. */
    public int run(Path script) {
        String source = read(script);
        if (source == null) {
            return SCRIPT_ERROR;
        }
        try (Session running = new Session(SessionSettings.of(options, directoryOf(script), false), engine, tables)) {
            session = running;
            running.observe(observer);
            if (cancelRequested) {
                running.cancel();
            }
            Outcome outcome = running.execute(source, script);
            return outcome.status().exitCode();
        } finally {
            session = null;
        }
    }

    /** Reads and checks the script (and the headers of its data files); runs nothing. */
    public int check(Path script) {
        String source = read(script);
        if (source == null) {
            return SCRIPT_ERROR;
        }
        try (Session checking = new Session(SessionSettings.of(options, directoryOf(script), false), engine, tables)) {
            return checking.check(source, script).status().exitCode();
        }
    }

    /** Lets {@code observer} (the watch page's) see the scripts this runner runs from now on. */
    public void observe(RunObserver observer) {
        this.observer = java.util.Objects.requireNonNull(observer, "observer");
    }

    /** Asks a running script to stop after the current batch (Ctrl-C); {@link #run} then returns 130. */
    public void cancel() {
        cancelRequested = true;
        Session running = session;
        if (running != null) {
            running.cancel();
        }
    }

    RunOptions options() {
        return options;
    }

    /** The script's text, or null after telling why it cannot be read. */
    private @Nullable String read(Path script) {
        String shown = Printable.escape(script.toString());
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            options.err().println(shown + ": error: the script does not exist");
        } catch (MalformedInputException e) {
            options.err().println(shown + ": error: the script is not UTF-8 text");
        } catch (IOException e) {
            options.err()
                    .println(shown + ": error: cannot read the script ("
                            + Printable.escape(String.valueOf(e.getMessage())) + ")");
        }
        return null;
    }

    private static Path directoryOf(Path script) {
        Path parent = script.getParent();
        return parent != null ? parent : Path.of("");
    }
}
