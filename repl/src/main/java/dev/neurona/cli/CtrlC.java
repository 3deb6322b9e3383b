package dev.neurona.cli;

import dev.neurona.lang.ScriptRunner;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.i18n.Language;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Ctrl-C while a script runs: the first press asks the run to stop after the current batch (the
 * run then returns 130); a second press quits at once with exit code 130. Installed for the
 * duration of one run; {@link #close()} puts the previous behaviour back.
 *
 * <p>Where the JVM does not let us trap SIGINT, a shutdown hook does the first part instead:
 * it asks the run to stop and waits up to {@link #SHUTDOWN_GRACE_SECONDS} for it to finish
 * before the JVM exits (with 130, the shell's code for SIGINT). A second press then cannot
 * cut that wait short.
 */
final class CtrlC implements AutoCloseable {
    static final long SHUTDOWN_GRACE_SECONDS = 30;

    private final Runnable stop;
    private final PrintStream err;
    private final IntConsumer quitNow;
    private final Locale language;
    private final AtomicInteger presses = new AtomicInteger();
    private @Nullable Runnable uninstall;
    private boolean trapsSignals;

    private CtrlC(Runnable stop, PrintStream err, Locale language, IntConsumer quitNow) {
        this.stop = stop;
        this.err = err;
        this.language = language;
        this.quitNow = quitNow;
    }

    /** Traps Ctrl-C until closed, acknowledging the presses in {@code language}; the second press halts the JVM. */
    static CtrlC install(Runnable stop, PrintStream err, Locale language) {
        return install(stop, err, language, status -> Runtime.getRuntime().halt(status));
    }

    /** {@link #install(Runnable, PrintStream, Locale, IntConsumer)} in English. */
    static CtrlC install(Runnable stop, PrintStream err, IntConsumer quitNow) {
        return install(stop, err, Language.ENGLISH, quitNow);
    }

    /**
     * Traps Ctrl-C until closed.
     *
     * @param stop    asks the run to stop after the current batch (called once, on the first press)
     * @param err      where the presses are acknowledged
     * @param language the language of the acknowledgements
     * @param quitNow  ends the process with the given status (called on the second press)
     */
    static CtrlC install(Runnable stop, PrintStream err, Locale language, IntConsumer quitNow) {
        CtrlC ctrlC = new CtrlC(stop, err, language, quitNow);
        Runnable restore = SignalTrap.trap("INT", ctrlC::pressed);
        ctrlC.trapsSignals = restore != null;
        ctrlC.uninstall = restore != null ? restore : ctrlC.stopOnShutdown();
        return ctrlC;
    }

    /** Whether SIGINT itself is trapped (else the shutdown-hook fallback is in place). */
    boolean trapsSignals() {
        return trapsSignals;
    }

    /** One press of Ctrl-C. */
    void pressed() {
        if (presses.incrementAndGet() == 1) {
            err.println();
            err.println(Messages.in(language, "cli.ctrl_c.stopping"));
            err.flush();
            stop.run();
        } else {
            err.println();
            err.println(Messages.in(language, "cli.ctrl_c.quit"));
            err.flush();
            quitNow.accept(ScriptRunner.INTERRUPTED);
        }
    }

    @Override
    public void close() {
        Objects.requireNonNull(uninstall, "set by install").run();
    }

    /** The fallback: a shutdown hook that stops the run and lets it finish its batch. */
    private Runnable stopOnShutdown() {
        CountDownLatch runFinished = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stop.run();
                    try {
                        runFinished.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "nn-stop-on-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            runFinished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has just been released
            }
        };
    }
}
