package dev.neurona.cli.data;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/**
 * Closes a stream when its reader reports no progress for a while: the read timeout
 * {@link java.net.http.HttpClient} lacks for a response body that stops arriving. Closing the
 * body from another thread makes the blocked read throw (an interrupt does not). The reader
 * calls {@link #progressed()} after each piece, and on a failed read asks {@link #fired()}
 * whether it was this watch.
 */
final class IdleWatch implements AutoCloseable {
    private final Closeable stream;
    private final long idleNanos;
    private final Thread watcher;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean fired;

    /** Starts watching {@code stream}, closing it after {@code idle} without progress. */
    IdleWatch(Closeable stream, Duration idle) {
        this.stream = stream;
        this.idleNanos = idle.toNanos();
        this.watcher = new Thread(this::watch, "nn-download-idle-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Some data arrived: the silence starts again from now. */
    void progressed() {
        lastProgress = System.nanoTime();
    }

    /** Whether the silence lasted long enough that this watch closed the stream. */
    boolean fired() {
        return fired;
    }

    private void watch() {
        try {
            while (true) {
                long silence = System.nanoTime() - lastProgress;
                if (silence >= idleNanos) {
                    fired = true;
                    stream.close();
                    return;
                }
                Thread.sleep(Math.max(1, (idleNanos - silence) / 1_000_000));
            }
        } catch (InterruptedException stopped) {
            // close() ends the watch
        } catch (IOException closeFailed) {
            // the reader's next read fails or ends either way
        }
    }

    /** Stops watching. */
    @Override
    public void close() {
        watcher.interrupt();
    }
}
