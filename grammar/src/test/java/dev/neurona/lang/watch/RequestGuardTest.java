package dev.neurona.lang.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import org.junit.jupiter.api.Test;

class RequestGuardTest {
    private final RequestGuard guard = new RequestGuard("0123456789abcdef0123456789abcdef");

    @Test
    void letsInTheTokenOnALoopbackHost() {
        for (String host : new String[] {"127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080"}) {
            assertNull(
                    guard.refusal(URI.create("/api/state?token=0123456789abcdef0123456789abcdef"), host(host)), host);
        }
    }

    @Test
    void refusesAnotherHostAMissingOrWrongTokenAndAnotherOrigin() {
        URI good = URI.create("/?token=0123456789abcdef0123456789abcdef");
        assertTrue(guard.refusal(good, host("evil.example:8080")).contains("loopback"));
        assertTrue(guard.refusal(good, host("127.0.0.1.evil.example")).contains("loopback"));
        assertTrue(guard.refusal(good, new Headers()).contains("loopback"));
        assertTrue(guard.refusal(URI.create("/"), host("127.0.0.1:1")).contains("token"));
        assertTrue(guard.refusal(URI.create("/?token=0123456789abcdef0123456789abcdee"), host("127.0.0.1:1"))
                .contains("token"));
        Headers cross = host("127.0.0.1:8080");
        cross.add("Origin", "http://evil.example");
        assertTrue(guard.refusal(good, cross).contains("other sites"));
        Headers same = host("127.0.0.1:8080");
        same.add("Origin", "http://127.0.0.1:8080");
        assertNull(guard.refusal(good, same));
    }

    @Test
    void makesA128BitTokenEachTime() {
        String token = RequestGuard.newToken();
        assertTrue(token.matches("[0-9a-f]{32}"), token);
        assertNotEquals(token, RequestGuard.newToken());
        assertEquals("x y", RequestGuard.queryValue("a=1&b=x+y", "b"));
    }

    private static Headers host(String value) {
        Headers headers = new Headers();
        headers.add("Host", value);
        return headers;
    }
}
