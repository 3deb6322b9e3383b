package dev.neurona.runtime.data;

import dev.neurona.runtime.NeuronaException;
import dev.neurona.runtime.i18n.Text;

/**
 * Bad or unreadable data. The message names the file and, where there is one, the line and
 * column of the culprit ({@code students.csv:14:3: 'abc' is not a number}).
 */
public class DataException extends NeuronaException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }

    public DataException(Text message) {
        super(message);
    }

    public DataException(Text message, Throwable cause) {
        super(message, cause);
    }

    /** An error at one cell: {@code file:line:column: message}. Lines and columns count from 1. */
    public static DataException at(String file, long line, int column, String message) {
        return new DataException(file + ":" + line + ":" + column + ": " + message);
    }

    /** As {@link #at(String, long, int, String)}, the message in words for either language. */
    public static DataException at(String file, long line, int column, Text message) {
        return new DataException(Text.of("data.at_cell", file, String.valueOf(line), String.valueOf(column), message));
    }
}
