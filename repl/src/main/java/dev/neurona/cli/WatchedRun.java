package dev.neurona.cli;

import dev.neurona.lang.ScriptRunner;
import dev.neurona.lang.watch.WatchServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;

/**
 * {@code nn run FILE --watch [PORT] [--watch-keep]}: serves the live page while the script runs,
 * printing its address first. The page's stop button asks the run to stop after the current
 * batch, as the first Ctrl-C does. With {@code --watch-keep} the process, and so the page, stays
 * up after the run until Ctrl-C.
 */
final class WatchedRun {
    private final PrintStream err;

    WatchedRun(PrintStream err) {
        this.err = err;
    }

    /**
     * Starts the page for {@code runner}, or says why it cannot and returns null.
     *
     * @param port 0 for a free port
     */
    WatchServer start(ScriptRunner runner, int port) {
        WatchServer server;
        try {
            server = WatchServer.start(port, () -> {
                err.println();
                err.println("Stopping after the current batch (stop pressed on the watch page).");
                err.flush();
                runner.cancel();
            });
        } catch (BindException e) {
            err.println("nn: cannot watch on port " + port + ": it is in use or not allowed; give another port, "
                    + "or --watch alone for a free one");
            return null;
        } catch (IOException e) {
            err.println("nn: cannot start the watch page: " + e.getMessage());
            return null;
        }
        runner.observe(server.observer());
        err.println("watch: " + server.url());
        err.flush();
        return server;
    }

    /** After the run with {@code --watch-keep}: keeps the page up until the process is stopped. */
    void keep(WatchServer server) {
        err.println("watch: the run has ended; the page stays at " + server.url() + " until Ctrl-C");
        err.flush();
        try {
            Thread.currentThread().join(); // Ctrl-C ends the JVM: nothing is running any more
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
