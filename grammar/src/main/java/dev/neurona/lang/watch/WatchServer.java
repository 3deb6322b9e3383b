package dev.neurona.lang.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.neurona.lang.interp.RunObserver;
import dev.neurona.lang.interp.Session;
import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The live page of a training run: an HTTP server on the loopback address that serves the page
 * (from this jar; it needs no internet), {@code GET /api/state} (the script, the layers and
 * everything so far, as JSON), {@code GET /api/events} (server-sent events, one per batch point,
 * epoch, note, picture or sweep row) and {@code POST /api/stop} (stop after the current batch,
 * as Ctrl-C does). Every request needs the token of the printed address:
 *
 * <pre>{@code
 * try (WatchServer watch = WatchServer.on(session, 0)) {
 *     System.out.println("watch: " + watch.url());
 *     session.execute("train m on digits { epochs 5 }");
 * }
 * }</pre>
 *
 * The JDK's own server does the work ({@code com.sun.net.httpserver}); a handful of threads
 * serve the pages, and training only ever appends to the {@link EventLog} they read.
 */
public final class WatchServer implements AutoCloseable {
    private static final int THREADS = 8;
    private static final Map<String, String> FILES =
            Map.of("/", "index.html", "/index.html", "index.html", "/watch.js", "watch.js", "/watch.css", "watch.css");

    private final HttpServer server;
    private final ExecutorService threads;
    private final RequestGuard guard = new RequestGuard(RequestGuard.newToken());
    private final EventLog log = new EventLog();
    private final WatchObserver observer = new WatchObserver(log);
    private final EventStream events;
    private final Runnable stop;
    private final Supplier<Locale> language;

    private WatchServer(HttpServer server, ExecutorService threads, Runnable stop, Supplier<Locale> language) {
        this.server = server;
        this.threads = threads;
        this.stop = stop;
        this.language = language;
        this.events = new EventStream(log);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /**
     * Starts a server on 127.0.0.1.
     *
     * @param port the port, or 0 for a free one
     * @param stop what the page's stop button does: ask the run to stop after the current batch
     * @throws IOException when the port cannot be had (in use, or not allowed)
     */
    public static WatchServer start(int port, Runnable stop) throws IOException {
        return start(port, stop, () -> Language.ENGLISH);
    }

    /**
     * As {@link #start(int, Runnable)}, the page in the language {@code language} gives when it is
     * opened (a REPL's {@code :lang} may change it between two loads).
     */
    public static WatchServer start(int port, Runnable stop, Supplier<Locale> language) throws IOException {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, work -> {
            Thread thread = new Thread(work, "nn-watch-http");
            thread.setDaemon(true);
            return thread;
        });
        return new WatchServer(server, threads, stop, language);
    }

    /** Starts a server that watches {@code session}; its stop button cancels what the session runs. */
    public static WatchServer on(Session session, int port) throws IOException {
        WatchServer watch = start(port, session::cancel, session::language);
        session.observe(watch.observer());
        return watch;
    }

    /** What a session should be given ({@link Session#observe}) for this page to show its runs. */
    public RunObserver observer() {
        return observer;
    }

    /** {@code http://127.0.0.1:PORT/?token=TOKEN}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/?token=" + guard.token();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Ends the event streams and the server. */
    @Override
    public void close() {
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            secure(exchange);
            String refusal = guard.refusal(exchange.getRequestURI(), exchange.getRequestHeaders());
            if (refusal != null) {
                send(exchange, 403, "text/plain; charset=utf-8", refusal + "\n");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/api/stop")) {
                if (!method.equals("POST")) {
                    exchange.getResponseHeaders().set("Allow", "POST");
                    send(exchange, 405, "text/plain; charset=utf-8", "stop is a POST\n");
                    return;
                }
                if (!observer.busy()) {
                    send(exchange, 409, "application/json", "{\"stopping\":false,\"why\":\"nothing is running\"}");
                    return;
                }
                log.append(Json.event("stop").toString());
                stop.run();
                send(exchange, 202, "application/json", "{\"stopping\":true}");
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, "text/plain; charset=utf-8", "only GET here\n");
                return;
            }
            switch (path) {
                case "/api/state" -> send(exchange, 200, "application/json", state());
                case "/api/events" -> events.serve(exchange);
                default -> file(exchange, FILES.get(path));
            }
        } catch (IOException | UncheckedIOException gone) {
            // the browser went away mid-answer: nothing to tell anyone
        }
    }

    /** The whole story so far, for a page that opens late or a program that asks. */
    private String state() {
        List<String> all = log.since(0);
        EventLog.Picture picture = log.latestPicture();
        return new Json()
                .raw("script", observer.script())
                .raw("events", Json.array(all))
                .raw("picture", picture == null ? "null" : picture.json())
                .number("dropped", log.dropped())
                .toString();
    }

    private void file(HttpExchange exchange, @Nullable String name) throws IOException {
        if (name == null) {
            send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
            return;
        }
        String text;
        try (InputStream in = WatchServer.class.getResourceAsStream("page/" + name)) {
            if (in == null) throw new IllegalStateException("the jar lacks the watch page's " + name);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the token is 32 hex digits of our own making: safe to write into the page
        text = text.replace("{{token}}", guard.token());
        if (name.endsWith(".html")) text = PageWords.fill(text, Messages.of(language.get()));
        String type = name.endsWith(".html")
                ? "text/html; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        send(exchange, 200, type, text);
    }

    /** Headers on every answer: no caching of the token's pages, no framing, no sniffing, our own scripts only. */
    private static void secure(HttpExchange exchange) {
        var headers = exchange.getResponseHeaders();
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set(
                "Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    }

    static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
