package dev.neurona.repl.jupyter;

import java.util.List;

/**
 * Small, plain HTML for a notebook's outputs: paragraphs, lists and tables whose every piece of
 * text is escaped (class names, column names and cells come from users' files). No scripts and
 * no style sheet, so that a notebook stored with its outputs reads the same on GitHub.
 */
final class Html {

    private static final String TABLE = "<table style=\"border-collapse: collapse\">";

    private final StringBuilder out = new StringBuilder();

    /** A paragraph in bold, such as a statement's header line. */
    Html heading(String text) {
        out.append("<p><strong>").append(escape(text)).append("</strong></p>\n");
        return this;
    }

    Html paragraph(String text) {
        out.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A bulleted list of {@code items}, after {@code title} in bold; nothing when there are no items. */
    Html list(String title, List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        heading(title);
        out.append("<ul>\n");
        for (String item : items) {
            out.append("<li>").append(escape(item)).append("</li>\n");
        }
        out.append("</ul>\n");
        return this;
    }

    /** Text whose lines and spaces matter, such as an image drawn in characters. */
    Html preformatted(String text) {
        out.append("<pre>").append(escape(text)).append("</pre>\n");
        return this;
    }

    /**
     * A table under {@code caption}: {@code header} as its column titles, then {@code rows}; a cell
     * that reads as a number is aligned right, except in the first column, which names its row.
     */
    Html table(String caption, List<String> header, List<List<String>> rows) {
        out.append(TABLE).append("\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
        for (String title : header) {
            out.append("<th>").append(escape(title)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.append(c > 0 && isNumber(row.get(c)) ? "<td style=\"text-align: right\">" : "<td>")
                        .append(escape(row.get(c)))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** {@code text} as HTML text or an attribute's value: {@code & < > " '} as references. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean isNumber(String cell) {
        return cell.matches("-?[\\d,]+(\\.\\d+)?%?");
    }
}
