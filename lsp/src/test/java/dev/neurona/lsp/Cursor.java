package dev.neurona.lsp;

import org.eclipse.lsp4j.Position;

/** A script written with a {@code |} where the cursor is: the text without it, and the cursor's position. */
record Cursor(String text, Position position) {

    static Cursor in(String marked) {
        int at = marked.indexOf('|');
        if (at < 0 || marked.indexOf('|', at + 1) >= 0) {
            throw new IllegalArgumentException("mark the cursor with exactly one |: " + marked);
        }
        String text = marked.substring(0, at) + marked.substring(at + 1);
        return new Cursor(text, new TextIndex(text).position(at));
    }
}
