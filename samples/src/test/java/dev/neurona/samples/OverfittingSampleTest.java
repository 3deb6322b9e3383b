package dev.neurona.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code overfitting.nn} does what it teaches: the big model without regularisation overfits and
 * training says so in a note; the regularised one, watched by early stopping, gets no such note.
 */
class OverfittingSampleTest {

    private static final Path SAMPLES = Path.of("").toAbsolutePath();

    @Test
    void theBigModelIsToldItOverfitsAndTheCalmOneIsNot() throws IOException {
        String script = Files.readString(SAMPLES.resolve("overfitting.nn"));
        assertTrue(script.contains("epochs 40"), "the sample trains for 40 epochs");
        // The note comes at epoch 12 of 40 (seed 21); 12 epochs keep the test short.
        String text = script.replace("epochs 40", "epochs 12");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOptions options = RunOptions.builder()
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .dataDir(SAMPLES.resolve("no-datasets"))
                .build();
        Outcome outcome;
        try (Session session = Session.forScript(options, SAMPLES)) {
            outcome = session.execute(text, "overfitting.nn");
        }
        String output = out.toString(StandardCharsets.UTF_8);
        assertEquals(Outcome.Status.OK, outcome.status(), err.toString(StandardCharsets.UTF_8));

        int calm = output.indexOf("With dropout, L2 and early stopping:");
        int note = output.indexOf("note: validation loss has risen for 5 epochs");
        assertTrue(note > 0 && note < calm, output);
        assertTrue(
                output.substring(note)
                        .startsWith("note: validation loss has risen for 5 epochs (best 0.2172 at epoch 7,"),
                output);
        assertFalse(output.substring(calm).contains("note:"), output);
        // explain agrees with the note: validation loss best at epoch 7, rising since.
        int explained = output.indexOf("model big: 784 inputs → 10 outputs");
        assertTrue(explained > note && explained < calm, output);
        assertTrue(output.substring(explained, calm).contains("\nTraining: overfitting since epoch 7.\n"), output);
        assertTrue(output.contains("curves of big (12 epochs)\nloss "), output);
        assertFalse(output.contains("\r"), output);
    }
}
