package dev.neurona.lang.interp;

import java.util.List;

/** Lays rows of text cells out as columns, right-aligned so that numbers line up, two spaces apart. */
final class Columns {

    private Columns() {}

    /** The rows, one a line, each ending in a newline and without trailing spaces. */
    static String format(List<String[]> rows) {
        int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                line.append(" ".repeat(widths[c] - row[c].length())).append(row[c]);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
