package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Sends this JVM real SIGINTs, as a terminal's Ctrl-C does, while a {@link CtrlC} is installed. */
@DisabledOnOs(OS.WINDOWS)
class CtrlCTest {

    @Test
    void firstPressStopsTheRunAndTheSecondQuitsWith130() throws Exception {
        BlockingQueue<String> events = new ArrayBlockingQueue<>(10);
        AtomicInteger stops = new AtomicInteger();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (CtrlC ignored = CtrlC.install(
                () -> {
                    stops.incrementAndGet();
                    events.add("stop");
                },
                new PrintStream(err, true, StandardCharsets.UTF_8),
                status -> events.add("quit " + status))) {
            assumeTrue(ignored.trapsSignals(), "this JVM does not let programs trap SIGINT");

            sendSigint();
            assertEquals("stop", events.poll(10, TimeUnit.SECONDS));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("Stopping after the current batch"));

            sendSigint();
            assertEquals("quit 130", events.poll(10, TimeUnit.SECONDS));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("nn: interrupted"));
        }
        assertEquals(1, stops.get());
        assertNull(events.poll(100, TimeUnit.MILLISECONDS));
    }

    @Test
    void closingPutsThePreviousHandlerBack() throws Exception {
        BlockingQueue<String> events = new ArrayBlockingQueue<>(10);
        Runnable restoreJvmHandler = SignalTrap.trap("INT", () -> events.add("previous handler"));
        assumeTrue(restoreJvmHandler != null, "this JVM does not let programs trap SIGINT");
        try {
            CtrlC ctrlC = CtrlC.install(() -> events.add("stop"), System.err, status -> events.add("quit"));
            assertTrue(ctrlC.trapsSignals());
            ctrlC.close();

            sendSigint();
            assertEquals("previous handler", events.poll(10, TimeUnit.SECONDS));
            assertNull(events.poll(100, TimeUnit.MILLISECONDS));
        } finally {
            restoreJvmHandler.run();
        }
    }

    private static void sendSigint() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder(
                        "kill", "-INT", Long.toString(ProcessHandle.current().pid()))
                .inheritIO()
                .start();
        assertEquals(0, kill.waitFor());
    }
}
