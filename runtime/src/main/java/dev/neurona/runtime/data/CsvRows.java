package dev.neurona.runtime.data;

import java.io.IOException;

/**
 * Rows of CSV text one at a time, each row's cells in a character buffer ({@link #chars()}) from
 * {@link #start} to {@link #end}, quotes already undone; valid until the next {@link #next()}.
 */
interface CsvRows {
    /**
     * Moves to the next record.
     *
     * @return false at the end of the text
     * @throws IOException   from the text (a {@code CharacterCodingException} for bytes that are not UTF-8)
     * @throws DataException for broken quoting or an overlong row, at the line the row starts on
     */
    boolean next() throws IOException;

    char[] chars();

    int cellCount();

    int start(int cell);

    int end(int cell);

    /** The physical line (from 1) the current row starts on. */
    long line();

    /** The cell as a String, untrimmed. */
    default String text(int cell) {
        return new String(chars(), start(cell), end(cell) - start(cell));
    }

    /** Commons CSV's test for an empty line: one cell, blank. */
    default boolean isBlankLine() {
        if (cellCount() != 1) {
            return false;
        }
        char[] chars = chars();
        for (int i = start(0); i < end(0); i++)
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        return true;
    }
}
