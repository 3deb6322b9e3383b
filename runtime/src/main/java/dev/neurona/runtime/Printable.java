package dev.neurona.runtime;

import java.util.Locale;

/**
 * Text that came from a user's files, made safe to show in a terminal: control characters
 * (which a terminal may run as escape or OSC sequences), and the bidirectional overrides that
 * reorder what is read, are written as escapes; very long values are cut with an ellipsis.
 */
public final class Printable {
    /** Characters of one value shown in a message or a table cell before it is cut. */
    public static final int MOST_SHOWN = 80;

    private Printable() {}

    /** {@code text} with every control character written as {@code \n}, {@code \t}, {@code \r} or {@code \u001B}. */
    public static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * One value from data as messages and tables show it: escaped, and when longer than
     * {@link #MOST_SHOWN} characters cut, with its length: {@code aaaa… (52,428,800 characters)}.
     */
    public static String value(String text) {
        if (text.length() <= MOST_SHOWN) {
            return escape(text);
        }
        int end = MOST_SHOWN;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return escape(text.substring(0, end)) + String.format(Locale.ROOT, "… (%,d characters)", text.length());
    }

    /**
     * A line of a script as a diagnostic echoes it: each unsafe character becomes one visible
     * symbol (the control pictures, {@code ␛} for escape), so that the carets under it stay aligned;
     * tabs are kept for the same reason.
     */
    public static String sourceLine(String line) {
        if (firstUnsafe(line) < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || !isUnsafe(c)) {
                out.append(c);
            } else if (c < 0x20) {
                out.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                out.append('\u2421');
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates. */
    private static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
