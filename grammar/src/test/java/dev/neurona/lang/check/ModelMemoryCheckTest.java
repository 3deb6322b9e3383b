package dev.neurona.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import dev.neurona.lang.interp.SessionSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model whose every layer fits in an array but whose weights together cannot be trained in the
 * memory Java may use is refused by the check, at its first layer, before anything is allocated;
 * one just under the limit passes.
 */
class ModelMemoryCheckTest {

    private static final int INPUTS = 1000;

    @Test
    void refusesWeightsBeyondTheHeap(@TempDir Path dir) {
        long heap = Runtime.getRuntime().maxMemory();
        // Each weight needs at least itself and its gradient: 8 bytes; one more unit passes the heap.
        long units = heap / 8 / INPUTS + 1;
        String script = "model m {\n  input " + INPUTS + "\n  dense " + units + " relu\n  dense 2 softmax\n}\n";
        String err = check(dir, script, Outcome.Status.SCRIPT_ERROR);
        assertTrue(err.startsWith("big.nn:3:3: error: the model's "), err);
        assertTrue(err.contains(" weights need at least ") && err.contains(", but Java may use only "), err);
        assertTrue(err.contains("= help: use fewer or smaller layers, or give Java more memory"), err);
    }

    @Test
    void acceptsAModelThatFits(@TempDir Path dir) {
        String script = "model m {\n  input " + INPUTS + "\n  dense 1000 relu\n  dense 2 softmax\n}\n";
        assertEquals("", check(dir, script, Outcome.Status.OK));
    }

    private static String check(Path dir, String script, Outcome.Status expected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SessionSettings settings = new SessionSettings(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                null,
                1,
                false,
                false,
                dir,
                dir,
                false);
        try (Session session = new Session(settings)) {
            assertEquals(expected, session.check(script, "big.nn").status());
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
