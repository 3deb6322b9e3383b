package dev.neurona.lang.watch;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may use the watch server: a request must carry the random token printed with the page's
 * address ({@code ?token=...}), and name a loopback host in its {@code Host} header, so that a
 * web page elsewhere can neither guess its way in nor reach it through a DNS name rebound to
 * 127.0.0.1. A request from a page of another origin is refused too.
 */
final class RequestGuard {
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private final String token;

    RequestGuard(String token) {
        this.token = token;
    }

    /** 128 random bits as 32 hexadecimal digits. */
    static String newToken() {
        byte[] bits = new byte[16];
        new SecureRandom().nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    String token() {
        return token;
    }

    /** Why the request is refused, or null when it may go on. */
    @Nullable
    String refusal(URI uri, Headers headers) {
        String host = headers.getFirst("Host");
        if (host == null || !LOOPBACK_HOSTS.contains(hostName(host))) {
            return "forbidden: the watch page answers on the loopback address only (127.0.0.1)";
        }
        String origin = headers.getFirst("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            return "forbidden: requests from other sites are refused";
        }
        String given = queryValue(uri.getRawQuery(), "token");
        if (given == null
                || !MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return "forbidden: open the address printed by nn, with its ?token=...";
        }
        return null;
    }

    /** {@code localhost} of {@code localhost:8080}, {@code [::1]} of {@code [::1]:8080}, lower case. */
    static @Nullable String hostName(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** The decoded value of {@code name} in a raw query string, or null. */
    static @Nullable String queryValue(String rawQuery, String name) {
        if (rawQuery == null) return null;
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
