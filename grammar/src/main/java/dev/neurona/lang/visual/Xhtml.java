package dev.neurona.lang.visual;

/**
 * Writes XHTML text: elements with escaped text and attributes, so that the page is well-formed
 * XML as well as HTML (no unclosed tags, no named entities).
 */
final class Xhtml {
    private final StringBuilder out = new StringBuilder();

    /** Opens {@code <name a="v" ...>}; attributes come in name, value pairs. */
    Xhtml open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Xhtml close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** {@code <name ...>text</name>}, the text escaped. */
    Xhtml element(String name, String text, String... attributes) {
        open(name, attributes);
        text(text);
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element without content: {@code <img ... />}. */
    Xhtml empty(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append(" />\n");
        return this;
    }

    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup written as is: only for constant text of this package. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters even as references; drop them.
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
    }
}
