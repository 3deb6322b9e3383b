package dev.neurona.cli.data;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/** Short phrases for what went wrong on the network, as the user needs to hear it. */
final class NetworkErrors {
    private NetworkErrors() {}

    /** Why a request failed: no address, refused, timed out, TLS, or the exception's own words. */
    static String describe(IOException problem, DownloadTimeouts timeouts) {
        if (problem instanceof HttpConnectTimeoutException) {
            return "could not connect within " + seconds(timeouts.connect());
        }
        if (problem instanceof HttpTimeoutException) {
            return "no answer within " + seconds(timeouts.response());
        }
        if (causedBy(problem, UnresolvedAddressException.class) || causedBy(problem, UnknownHostException.class)) {
            return "cannot resolve the host name: no network, or DNS is not answering";
        }
        if (causedBy(problem, SSLException.class)) {
            return "secure connection failed (" + words(problem) + ")";
        }
        if (causedBy(problem, ConnectException.class)) {
            String why = words(problem);
            return "cannot connect (" + (why.isEmpty() ? "refused or unreachable" : why) + ")";
        }
        String why = words(problem);
        return "network error (" + (why.isEmpty() ? problem.getClass().getSimpleName() : why) + ")";
    }

    /** Why a mirror answered with something other than the file. */
    static String describeStatus(int status) {
        String meaning =
                switch (status) {
                    case 401, 403 -> "access denied";
                    case 404, 410 -> "not found";
                    case 429 -> "too many requests; try again later";
                    default -> status >= 500 ? "server error" : "unexpected answer";
                };
        return "HTTP " + status + " (" + meaning + ")";
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
