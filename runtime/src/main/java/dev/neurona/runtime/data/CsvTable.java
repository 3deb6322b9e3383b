package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.util.List;

/**
 * The cells of a CSV file as text, every row as wide as the header.
 *
 * @param file  the file as named by the caller, for messages
 * @param names the column names, from the header or {@code c1, c2, ...}
 * @param rows  the data rows' cells, untrimmed
 * @param lines the physical line (from 1, counting the header) where each data row starts
 */
record CsvTable(String file, List<String> names, List<String[]> rows, long[] lines) {

    int rowCount() {
        return rows.size();
    }

    String cell(int row, int column) {
        return rows.get(row)[column];
    }

    /** An error at one cell, located by its physical line and 1-based column. */
    DataException errorAt(int row, int column, Text message) {
        return DataException.at(file, lines[row], column + 1, message);
    }
}
