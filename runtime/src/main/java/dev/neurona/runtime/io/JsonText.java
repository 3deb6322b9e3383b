package dev.neurona.runtime.io;

import java.util.Locale;

/**
 * A string written as a JSON string literal, the one quoting rule for every JSON we write (the
 * watch page's events, an exported model's metadata). Besides quotes, backslashes and control
 * characters it escapes {@code < > &} and the two JavaScript line separators, so a value from
 * data can end neither a string nor a script block it is embedded in.
 */
public final class JsonText {
    private JsonText() {}

    /** Appends {@code value} to {@code out} as a quoted, escaped JSON string. */
    public static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
