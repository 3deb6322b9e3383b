package dev.neurona.lang.watch;

import dev.neurona.runtime.io.JsonText;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A JSON object written field by field, for the small messages the watch page reads. Strings
 * are escaped so that no value from data can end a string or a script block; numbers that are
 * not finite become {@code null}.
 */
final class Json {
    private final StringBuilder text = new StringBuilder(128).append('{');
    private boolean empty = true;

    /** A new object whose {@code type} field says what it is, such as {@code epoch}. */
    static Json event(String type) {
        return new Json().text("type", type);
    }

    Json text(String name, String value) {
        field(name);
        JsonText.quote(text, value);
        return this;
    }

    Json number(String name, double value) {
        field(name);
        number(text, value);
        return this;
    }

    Json number(String name, long value) {
        field(name);
        text.append(value);
        return this;
    }

    Json bool(String name, boolean value) {
        field(name);
        text.append(value);
        return this;
    }

    Json texts(String name, List<String> values) {
        field(name);
        text.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) text.append(',');
            JsonText.quote(text, values.get(i));
        }
        text.append(']');
        return this;
    }

    Json numbers(String name, double[] values) {
        field(name);
        text.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) text.append(',');
            number(text, values[i]);
        }
        text.append(']');
        return this;
    }

    Json numbers(String name, int[] values) {
        field(name);
        text.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) text.append(',');
            text.append(values[i]);
        }
        text.append(']');
        return this;
    }

    /** Bytes as base64 text: pictures of activations and weights, one byte per pixel. */
    Json bytes(String name, byte[] values) {
        return text(name, Base64.getEncoder().encodeToString(values));
    }

    /** A field whose value is already JSON (an object or array written by this class). */
    Json raw(String name, String json) {
        field(name);
        text.append(json);
        return this;
    }

    /** A JSON array of values that are already JSON. */
    static String array(List<String> jsonValues) {
        return "[" + String.join(",", jsonValues) + "]";
    }

    @Override
    public String toString() {
        return text + "}";
    }

    private void field(String name) {
        if (!empty) text.append(',');
        empty = false;
        JsonText.quote(text, name);
        text.append(':');
    }

    private static void number(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            out.append("null");
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(String.format(Locale.ROOT, "%.6g", value));
        }
    }
}
