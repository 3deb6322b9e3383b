package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nn run FILE --watch [PORT] [--watch-keep]} on the command line. */
class RunWatchTest {
    private static final Pattern ADDRESS =
            Pattern.compile("(?m)^watch: http://127\\.0\\.0\\.1:(\\d+)/\\?token=[0-9a-f]{32}$");

    @TempDir
    Path dir;

    private Path script() throws IOException {
        Files.writeString(dir.resolve("xor.csv"), "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        return Files.writeString(dir.resolve("xor.nn"), """
                seed 3
                data gate = csv("xor.csv")
                model m { input 2; dense 8 tanh; dense 1 sigmoid }
                train m on gate { optimizer adam(lr=0.05); epochs 20; batch 4 }
                """);
    }

    @Test
    void printsTheAddressOfThePageAndRunsTheScript() throws IOException {
        NnHarness nn = new NnHarness();
        assertEquals(0, nn.run("run", script().toString(), "--watch"), nn.err());
        assertTrue(ADDRESS.matcher(nn.err()).find(), nn.err());
        assertTrue(nn.out().contains("epoch 20/20"), nn.out());
    }

    @Test
    void takesTheWatchOptionBeforeTheScriptAndAGivenPort() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        NnHarness nn = new NnHarness();
        assertEquals(0, nn.run("run", "--watch", String.valueOf(port), script().toString()), nn.err());
        var address = ADDRESS.matcher(nn.err());
        assertTrue(address.find(), nn.err());
        assertEquals(String.valueOf(port), address.group(1));
        NnHarness before = new NnHarness();
        assertEquals(0, before.run("run", "--watch", script().toString()), before.err());
    }

    @Test
    void saysSoWhenThePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            NnHarness nn = new NnHarness();
            assertEquals(1, nn.run("run", script().toString(), "--watch", String.valueOf(taken.getLocalPort())));
            assertEquals(
                    "nn: cannot watch on port " + taken.getLocalPort() + ": it is in use or not allowed; give another"
                            + " port, or --watch alone for a free one\n",
                    nn.err());
            assertEquals("", nn.out(), "nothing ran");
        }
    }

    @Test
    void watchKeepNeedsWatch() throws IOException {
        NnHarness nn = new NnHarness();
        assertEquals(2, nn.run("run", script().toString(), "--watch-keep"));
        assertTrue(nn.err().contains("--watch-keep goes with --watch"), nn.err());
    }
}
