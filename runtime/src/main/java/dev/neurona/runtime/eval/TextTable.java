package dev.neurona.runtime.eval;

import dev.neurona.runtime.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows of text cells laid out as columns: each column as wide as its widest cell, cells
 * right-aligned so that numbers line up, columns two spaces apart.
 */
final class TextTable {
    private static final String GAP = "  ";

    private final List<String[]> rows = new ArrayList<>();

    /** Adds a row; cells from data (class names) are escaped and cut, so that no cell runs a terminal's escapes. */
    TextTable row(String... cells) {
        String[] shown = new String[cells.length];
        for (int c = 0; c < cells.length; c++) shown[c] = Printable.value(cells[c]);
        rows.add(shown);
        return this;
    }

    /** The rows, one a line, each line ending in a newline and no trailing spaces. */
    String format() {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = c < row.length ? row[c] : "";
                if (c > 0) {
                    line.append(GAP);
                }
                line.append(" ".repeat(widths[c] - cell.length())).append(cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    /** A figure in reports: four decimals, a dot for the decimal point whatever the locale. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
