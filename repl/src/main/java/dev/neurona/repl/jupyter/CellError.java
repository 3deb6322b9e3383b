package dev.neurona.repl.jupyter;

import java.util.List;

/**
 * A cell that went wrong: Jupyter shows its name, its first error line ({@code <input>:3:7: error: ...},
 * the line and column in the cell) and the whole report as the traceback (the line and its caret).
 */
public final class CellError extends RuntimeException {

    private final List<String> lines;

    /** @param fallback the message when the report holds no line at all */
    CellError(String report, String fallback) {
        super(
                report.lines()
                        .filter(line -> line.contains(": error: "))
                        .findFirst()
                        .orElse(report.lines()
                                .filter(line -> !line.isBlank())
                                .findFirst()
                                .orElse(fallback)),
                null,
                false,
                false);
        this.lines = report.lines().dropWhile(String::isBlank).toList();
    }

    /** The whole report, line by line, as printed by the REPL. */
    public List<String> lines() {
        return lines;
    }
}
