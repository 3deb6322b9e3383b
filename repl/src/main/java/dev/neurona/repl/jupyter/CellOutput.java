package dev.neurona.repl.jupyter;

/** Where a cell's results go: the kernel sends them to the notebook, a test keeps them. */
public interface CellOutput {

    /** Printed output of the cell's statements and snippets. */
    void text(String text);

    /** Warnings and other messages for the error stream that did not stop the cell. */
    void warning(String text);

    /** What a {@code print}, {@code evaluate} or {@code explain} showed: HTML tables, and the same as text. */
    void table(String html, String text);

    /** A PNG image, such as a {@code plot}, with a one-line description of it. */
    void image(byte[] png, String description);

    /**
     * A display redrawn in place, such as training's progress: {@code first} for its first
     * drawing ({@code display_data}), later ones replace it ({@code update_display_data}).
     */
    void progress(String displayId, String text, boolean first);
}
