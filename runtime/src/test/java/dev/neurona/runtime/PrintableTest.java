package dev.neurona.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void escapesTerminalSequences() {
        assertEquals("\\u001B]0;owned\\u0007x\\u001B[2J", Printable.escape("\u001b]0;owned\u0007x\u001b[2J"));
        assertEquals("a\\nb\\tc\\r", Printable.escape("a\nb\tc\r"));
        assertEquals("\\u009B31m \\u202Egnp.exe", Printable.escape("\u009b31m \u202egnp.exe"));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "época, pérdida, 学习, émoji 🙂";
        assertSame(text, Printable.escape(text));
        assertEquals(text, Printable.value(text));
    }

    @Test
    void cutsLongValuesWithTheirLength() {
        String cell = "x".repeat(5_000_000);
        assertEquals("x".repeat(Printable.MOST_SHOWN) + "… (5,000,000 characters)", Printable.value(cell));
    }

    @Test
    void neverCutsASurrogatePairInTwo() {
        String cell = "a".repeat(Printable.MOST_SHOWN - 1) + "🙂" + "b";
        assertEquals(
                "a".repeat(Printable.MOST_SHOWN - 1) + "… (" + cell.length() + " characters)", Printable.value(cell));
    }

    @Test
    void showsControlsInASourceLineAsOneSymbolEach() {
        assertEquals("print \"\u241b[31mred\" \tok\uFFFD", Printable.sourceLine("print \"\u001b[31mred\" \tok\u009b"));
    }
}
