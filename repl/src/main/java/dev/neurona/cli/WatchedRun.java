package dev.neurona.cli;

import dev.neurona.lang.ScriptRunner;
import dev.neurona.lang.watch.WatchServer;
import dev.neurona.repl.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code nn run FILE --watch [PORT] [--watch-keep]}: serves the live page while the script runs,
 * printing its address first. The page's stop button asks the run to stop after the current
 * batch, as the first Ctrl-C does. With {@code --watch-keep} the process, and so the page, stays
 * up after the run until Ctrl-C.
 */
final class WatchedRun {
    private final PrintStream err;
    private final Locale language;

    /** Messages on {@code err}, and the page, in {@code language}. */
    WatchedRun(PrintStream err, Locale language) {
        this.err = err;
        this.language = language;
    }

    /**
     * Starts the page for {@code runner}, or says why it cannot and returns null.
     *
     * @param port 0 for a free port
     */
    @Nullable
    WatchServer start(ScriptRunner runner, int port) {
        WatchServer server;
        try {
            server = WatchServer.start(
                    port,
                    () -> {
                        err.println();
                        err.println(Messages.in(language, "cli.watch.stop_pressed"));
                        err.flush();
                        runner.cancel();
                    },
                    () -> language);
        } catch (BindException e) {
            err.println(Messages.in(language, "cli.watch.port_taken", String.valueOf(port)));
            return null;
        } catch (IOException e) {
            err.println(Messages.in(language, "cli.watch.failed", String.valueOf(e.getMessage())));
            return null;
        }
        runner.observe(server.observer());
        err.println(Messages.in(language, "watch.url", server.url()));
        err.flush();
        return server;
    }

    /** After the run with {@code --watch-keep}: keeps the page up until the process is stopped. */
    void keep(WatchServer server) {
        err.println(Messages.in(language, "cli.watch.kept", server.url()));
        err.flush();
        try {
            Thread.currentThread().join(); // Ctrl-C ends the JVM: nothing is running any more
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
