package dev.neurona.repl.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.repl.ReplHarness;
import java.nio.file.Path;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplHighlighterTest {

    @TempDir
    Path dir;

    private ReplHarness repl;
    private ReplHighlighter highlighter;

    @BeforeEach
    void start() {
        repl = new ReplHarness(dir);
        highlighter = new ReplHighlighter(repl.repl);
    }

    @AfterEach
    void stop() {
        repl.close();
    }

    @Test
    void nnStatements() {
        String entry = "model m { dense 8 relu; dropout ${rate} } # note \"x\"";
        AttributedString shown = highlighter.highlight(entry);
        assertEquals(entry, shown.toString());
        assertStyle(ReplHighlighter.KEYWORD, shown, entry, "model");
        assertStyle(AttributedStyle.DEFAULT, shown, entry, "m ");
        assertStyle(ReplHighlighter.KEYWORD, shown, entry, "dense");
        assertStyle(ReplHighlighter.NUMBER, shown, entry, "8");
        assertStyle(ReplHighlighter.WORD, shown, entry, "relu");
        assertStyle(ReplHighlighter.HOLE, shown, entry, "${rate}");
        assertStyle(ReplHighlighter.COMMENT, shown, entry, "# note \"x\"");
        AttributedString data = highlighter.highlight("data d = csv(\"d.csv\")");
        assertStyle(ReplHighlighter.STRING, data, "data d = csv(\"d.csv\")", "\"d.csv\"");
    }

    @Test
    void javaSnippets() {
        String entry = "for (var i = 0; i < 2; i++) print(\"#\"); // done";
        AttributedString shown = highlighter.highlight(entry);
        assertStyle(ReplHighlighter.KEYWORD, shown, entry, "for");
        assertStyle(ReplHighlighter.KEYWORD, shown, entry, "var");
        assertStyle(ReplHighlighter.NUMBER, shown, entry, "0");
        assertStyle(AttributedStyle.DEFAULT, shown, entry, "print");
        assertStyle(ReplHighlighter.STRING, shown, entry, "\"#\"");
        assertStyle(ReplHighlighter.COMMENT, shown, entry, "// done");
    }

    @Test
    void commands() {
        String entry = ":load model.nn";
        AttributedString shown = highlighter.highlight(entry);
        assertStyle(ReplHighlighter.COMMAND, shown, entry, ":load");
        assertStyle(AttributedStyle.DEFAULT, shown, entry, "model.nn");
    }

    /** Every character of the first {@code part} of {@code entry} has {@code style}. */
    private static void assertStyle(AttributedStyle style, AttributedString shown, String entry, String part) {
        int start = entry.indexOf(part);
        for (int i = start; i < start + part.length(); i++) {
            assertEquals(style, shown.styleAt(i), "style of '" + part + "' at " + i);
        }
    }
}
