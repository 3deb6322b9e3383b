package dev.neurona.repl.jupyter;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard error for {@code nn kernel}, without the stack trace JeroMQ's I/O threads print when the
 * context is closed under them at shutdown (a {@code ClosedChannelException} while acknowledging
 * termination: a race inside JeroMQ, harmless, and printed by its threads with no way to turn it
 * off once the sockets exist). Only JeroMQ's own threads are muted, and only once shutdown has
 * begun; everything else reaches stderr as before.
 */
final class JeroMqShutdownNoise extends FilterOutputStream {
    private static volatile boolean shuttingDown;

    JeroMqShutdownNoise(OutputStream err) {
        super(err);
    }

    /** Replaces {@link System#err} with a stream that mutes JeroMQ's threads after {@link #shutdownBegins()}. */
    static void install() {
        System.setErr(new PrintStream(
                new JeroMqShutdownNoise(new FileOutputStream(FileDescriptor.err)), true, Charset.defaultCharset()));
    }

    /** From now on, JeroMQ's I/O and reaper threads write nothing to stderr. */
    static void shutdownBegins() {
        shuttingDown = true;
    }

    /** Whether a write from the current thread is kept. */
    static boolean kept() {
        if (!shuttingDown) return true;
        String thread = Thread.currentThread().getName();
        return !thread.startsWith("iothread-") && !thread.startsWith("reaper-");
    }

    @Override
    public void write(int b) throws IOException {
        if (kept()) out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (kept()) out.write(b, off, len);
    }

    /** For tests: back to before shutdown. */
    static void reset() {
        shuttingDown = false;
    }
}
