package dev.neurona.repl.jupyter;

/** Where a cell's results go: the kernel sends them to the notebook, a test keeps them. */
public interface CellOutput {

    /** Printed output of the cell's statements and snippets. */
    void text(String text);

    /** Warnings and other messages for the error stream that did not stop the cell. */
    void warning(String text);

    /** A PNG image, such as a {@code plot}, with a one-line description of it. */
    void image(byte[] png, String description);
}
