package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code :watch}: the live page for the REPL's session, which outlives {@code :reset}. */
class ReplWatchTest {
    private static final Pattern ADDRESS =
            Pattern.compile("watch: (http://127\\.0\\.0\\.1:\\d+/\\?token=[0-9a-f]{32})\n");

    @TempDir
    Path dir;

    @Test
    void servesThePageOfWhatTheSessionTrains() throws Exception {
        Files.writeString(dir.resolve("xor.csv"), "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        try (ReplHarness repl = new ReplHarness(dir)) {
            Matcher address = ADDRESS.matcher(repl.run(":watch\n"));
            assertTrue(address.find(), repl.out() + repl.err());
            String url = address.group(1);
            assertEquals("watch: " + url + "\n", repl.run(":watch\n"), "a second :watch shows the same page");
            repl.run(":reset\n");
            repl.run("data gate = csv(\"xor.csv\")\nmodel m { input 2; dense 4 tanh; dense 1 sigmoid }\n"
                    + "train m on gate { epochs 3; batch 4 }\n");
            String state = get(url.replace("/?", "/api/state?"));
            assertTrue(state.contains("\"type\":\"epoch\",\"run\":1,\"epoch\":3"), state);
            assertTrue(state.contains("\"model\":\"m\""), state);
            assertEquals("watch: the page is closed\n", repl.run(":watch off\n"));
        }
    }

    @Test
    void refusesAPortThatIsNotOne() {
        try (ReplHarness repl = new ReplHarness(dir)) {
            repl.run(":watch eighty\n");
            assertEquals(":watch takes a port from 1 to 65535, or off, not 'eighty'\n", repl.err());
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
