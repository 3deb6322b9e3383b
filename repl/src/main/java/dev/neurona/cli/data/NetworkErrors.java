package dev.neurona.cli.data;

import dev.neurona.repl.Messages;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Short phrases for what went wrong on the network, as the user needs to hear it. */
final class NetworkErrors {
    private NetworkErrors() {}

    /** Why a request failed: no address, refused, timed out, TLS, or the exception's own words. */
    static String describe(IOException problem, DownloadTimeouts timeouts, Locale language) {
        if (problem instanceof HttpConnectTimeoutException) {
            return Messages.in(language, "data.net.connect_timeout", seconds(timeouts.connect()));
        }
        if (problem instanceof HttpTimeoutException) {
            return Messages.in(language, "data.net.response_timeout", seconds(timeouts.response()));
        }
        if (causedBy(problem, UnresolvedAddressException.class) || causedBy(problem, UnknownHostException.class)) {
            return Messages.in(language, "data.net.unresolved");
        }
        if (causedBy(problem, SSLException.class)) {
            return Messages.in(language, "data.net.tls", words(problem));
        }
        if (causedBy(problem, ConnectException.class)) {
            String why = words(problem);
            return why.isEmpty()
                    ? Messages.in(language, "data.net.refused")
                    : Messages.in(language, "data.net.cannot_connect", why);
        }
        String why = words(problem);
        return Messages.in(
                language, "data.net.other", why.isEmpty() ? problem.getClass().getSimpleName() : why);
    }

    /** Why a mirror answered with something other than the file. */
    static String describeStatus(int status, Locale language) {
        String key =
                switch (status) {
                    case 401, 403 -> "data.http.denied";
                    case 404, 410 -> "data.http.not_found";
                    case 429 -> "data.http.too_many";
                    default -> status >= 500 ? "data.http.server" : "data.http.unexpected";
                };
        return Messages.in(language, key, String.valueOf(status));
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static boolean causedBy(Throwable problem, Class<? extends Throwable> type) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The first message along the chain of causes, or "" when none has one (HttpClient often drops them). */
    private static String words(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank()) {
                return message.strip();
            }
        }
        return "";
    }
}
