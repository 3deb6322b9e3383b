package dev.neurona.runtime.eval;

import dev.neurona.runtime.Printable;
import java.io.IOException;
import java.util.List;

/**
 * A confusion matrix as text, laid out as {@link TextTable} lays it out (class names on both axes,
 * cells right-aligned, columns two spaces apart), written a row at a time: the column widths come
 * from the names and the largest count of each column, so no more than one row is held as text.
 */
final class ConfusionText {
    private ConfusionText() {}

    static void write(int[][] confusion, List<String> classNames, Appendable out) throws IOException {
        int k = classNames.size();
        String[] names = new String[k];
        int nameWidth = 0;
        int[] widths = new int[k];
        for (int c = 0; c < k; c++) {
            names[c] = Printable.value(classNames.get(c));
            nameWidth = Math.max(nameWidth, names[c].length());
            widths[c] = names[c].length();
        }
        for (int[] row : confusion) {
            for (int p = 0; p < k; p++) widths[p] = Math.max(widths[p], digits(row[p]));
        }
        StringBuilder line = new StringBuilder();
        line.append(" ".repeat(nameWidth));
        for (int p = 0; p < k; p++) pad(line.append("  "), names[p], widths[p]);
        out.append(line.toString().stripTrailing()).append('\n');
        for (int t = 0; t < k; t++) {
            line.setLength(0);
            pad(line, names[t], nameWidth);
            for (int p = 0; p < k; p++) pad(line.append("  "), Integer.toString(confusion[t][p]), widths[p]);
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static void pad(StringBuilder line, String cell, int width) {
        line.append(" ".repeat(width - cell.length())).append(cell);
    }

    private static int digits(int count) {
        return Integer.toString(count).length();
    }
}
