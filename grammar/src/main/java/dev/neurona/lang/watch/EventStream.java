package dev.neurona.lang.watch;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /api/events}: the log as server-sent events, each {@code data: JSON}. A stream
 * starts from the beginning of the log (or from {@code ?from=N}), then every tenth of a second
 * sends what is new and the newest pictures if they changed, so that a browser is asked to
 * draw at most ten times a second however fast training goes. A few streams at a time.
 */
final class EventStream implements AutoCloseable {
    static final int MAX_STREAMS = 4;
    private static final long TICK_MILLIS = 100;
    private static final long PING_MILLIS = 15_000;

    private final EventLog log;
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closed;

    EventStream(EventLog log) {
        this.log = log;
    }

    void serve(HttpExchange exchange) throws IOException {
        if (open.incrementAndGet() > MAX_STREAMS) {
            open.decrementAndGet();
            WatchServer.send(exchange, 503, "text/plain; charset=utf-8", "too many pages are watching; close one\n");
            return;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            stream(exchange.getResponseBody(), start(exchange));
        } finally {
            open.decrementAndGet();
        }
    }

    private void stream(OutputStream out, int from) throws IOException {
        int next = from;
        long pictureSent = 0;
        long lastWrite = System.currentTimeMillis();
        out.write(": watching\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        while (!closed && !Thread.currentThread().isInterrupted()) {
            StringBuilder batch = new StringBuilder();
            List<String> fresh = log.since(next);
            next += fresh.size();
            for (String event : fresh) batch.append("data: ").append(event).append("\n\n");
            EventLog.Picture picture = log.latestPicture();
            if (picture != null && picture.version() != pictureSent) {
                pictureSent = picture.version();
                batch.append("data: ").append(picture.json()).append("\n\n");
            }
            long now = System.currentTimeMillis();
            if (batch.isEmpty() && now - lastWrite >= PING_MILLIS) batch.append(": ping\n\n");
            if (!batch.isEmpty()) {
                out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                lastWrite = now;
            }
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static int start(HttpExchange exchange) {
        String from = RequestGuard.queryValue(exchange.getRequestURI().getRawQuery(), "from");
        try {
            return from == null ? 0 : Math.max(0, Integer.parseInt(from));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
