package dev.neurona.repl;

import dev.neurona.lang.watch.WatchServer;
import dev.neurona.repl.nn.NnSide;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import org.jspecify.annotations.Nullable;

/**
 * {@code :watch [PORT]} and {@code :watch off}: the live training page for the REPL's session.
 * The page outlives {@code :reset} (it then watches the new session) and ends with the REPL; its
 * stop button stops training after the current batch, as Ctrl-C does.
 */
final class ReplWatch implements AutoCloseable {
    private final Runnable stop;
    private @Nullable WatchServer server;
    private @Nullable NnSide watched;

    /** @param stop what Ctrl-C does while .nn statements run */
    ReplWatch(Runnable stop) {
        this.stop = stop;
    }

    /** The language of the session watched, for the page and these messages; English before any. */
    private java.util.Locale language() {
        return watched == null ? dev.neurona.runtime.i18n.Language.ENGLISH : watched.language();
    }

    /** Runs {@code :watch} with its argument: empty or a port to start (or show) the page, {@code off} to end it. */
    void command(String argument, PrintStream out, PrintStream failure) {
        if (argument.equals("off")) {
            if (server != null) {
                close();
                out.println(Messages.in(language(), "watch.off"));
            }
            return;
        }
        int port;
        try {
            port = argument.isEmpty() ? 0 : Integer.parseInt(argument);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65_535) {
            failure.println(Messages.in(language(), "watch.usage", argument));
            return;
        }
        if (server != null) {
            out.println(Messages.in(language(), "watch.url", server.url()));
            return;
        }
        try {
            server = WatchServer.start(port, stop, this::language);
        } catch (BindException e) {
            failure.println(Messages.in(language(), "watch.port", String.valueOf(port)));
            return;
        } catch (IOException e) {
            failure.println(Messages.in(language(), "watch.failed", String.valueOf(e.getMessage())));
            return;
        }
        if (watched != null) watched.observe(server.observer());
        out.println(Messages.in(language(), "watch.url", server.url()));
    }

    /** The session to show from now on (a new one after {@code :reset}). */
    void attach(NnSide nn) {
        watched = nn;
        if (server != null) nn.observe(server.observer());
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            server = null;
            if (watched != null) watched.observe(dev.neurona.lang.interp.RunObserver.NONE);
        }
    }
}
