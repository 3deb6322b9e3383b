package dev.neurona.repl.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.repl.Repl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL behind JLine on a dumb terminal: prompts, multi-line entries, history, and no escape codes. */
class JLineSourceTest {

    @TempDir
    Path dir;

    /** What the screen shows after typing {@code typed}. */
    private String session(String typed, Path history) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        try (Terminal terminal = new DumbTerminal(
                        "test",
                        Terminal.TYPE_DUMB,
                        new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                        screen,
                        StandardCharsets.UTF_8);
                Repl repl = new Repl(
                        RunOptions.builder()
                                .out(out)
                                .err(out)
                                .threads(1)
                                .dataDir(dir)
                                .build(),
                        dir)) {
            repl.run(JLineSource.create(terminal, repl, dir, history));
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void promptsAndMultiLineEntriesWithoutEscapeCodes() throws IOException {
        String screen = session("""
                model m {
                  input 2
                  dense 1 sigmoid
                }
                print "hi"
                print nothing
                print "still here"
                """, null);
        assertFalse(screen.contains("\u001b"), screen);
        assertTrue(screen.startsWith("nn> "), screen);
        assertTrue(screen.contains("nn> hi\nnn> <input>:1:7: error: unknown name 'nothing'"), screen);
        assertTrue(screen.endsWith("nn> still here\nnn> "), screen);
    }

    @Test
    void theEndOfInputEndsTheSessionAndHistoryPersists() throws IOException {
        Path history = dir.resolve("history");
        session("print \"one\"\nmodel m {\n  input 3\n}\n", history);
        String kept = Files.readString(history, StandardCharsets.UTF_8);
        assertTrue(kept.contains("print \"one\""), kept);
        assertTrue(kept.contains("model m {"), kept);

        String screen = session(":quit\nprint \"not run\"\n", history);
        assertEquals("nn> ", screen);
    }
}
