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

    /**
     * The value of the cell whose trimmed characters run from {@code start} to {@code end}, as
     * {@link NumberSyntax#value} gives it (NaN when it is not a number).
     */
    default double number(int cell, int start, int end) {
        return NumberSyntax.value(chars(), start, end);
    }

    /** Where the cell's characters start once the blanks (up to U+0020) before them are left out. */
    default int trimmedStart(int cell) {
        char[] chars = chars();
        int start = start(cell);
        int end = end(cell);
        while (start < end && chars[start] <= ' ') start++;
        return start;
    }

    /**
     * Where the cell's characters end once the blanks after them are left out: a cell of blanks
     * alone ends where it starts (empty).
     */
    default int trimmedEnd(int cell) {
        char[] chars = chars();
        int start = trimmedStart(cell);
        int end = end(cell);
        while (end > start && chars[end - 1] <= ' ') end--;
        return end;
    }

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
