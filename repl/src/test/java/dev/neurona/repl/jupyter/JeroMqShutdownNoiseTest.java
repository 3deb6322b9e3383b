package dev.neurona.repl.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only JeroMQ's threads are muted, and only after shutdown has begun. */
class JeroMqShutdownNoiseTest {

    @AfterEach
    void back() {
        JeroMqShutdownNoise.reset();
    }

    @Test
    void jeroMqThreadsAreHeardUntilShutdownAndOtherThreadsAlways() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new JeroMqShutdownNoise(bytes), true, StandardCharsets.UTF_8);
        writeFrom("iothread-2", err, "before shutdown");
        JeroMqShutdownNoise.shutdownBegins();
        writeFrom("iothread-2", err, "muted");
        writeFrom("reaper-1", err, "muted too");
        writeFrom("main", err, "after shutdown");
        assertEquals("before shutdown\nafter shutdown\n", bytes.toString(StandardCharsets.UTF_8));
    }

    private static void writeFrom(String threadName, PrintStream err, String line) throws InterruptedException {
        Thread thread = new Thread(() -> err.println(line), threadName);
        thread.start();
        thread.join();
    }
}
