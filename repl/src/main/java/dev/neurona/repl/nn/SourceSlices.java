package dev.neurona.repl.nn;

import dev.neurona.lang.ast.SourceSpan;

/** Cuts the text of a span out of its source: spans count 1-based lines and columns, a tab being one column. */
final class SourceSlices {

    private final String source;
    private final int[] lineStarts;

    SourceSlices(String source) {
        this.source = source;
        this.lineStarts = starts(source);
    }

    /** The text from the span's start to its end (exclusive). */
    String text(SourceSpan span) {
        return source.substring(offset(span.line(), span.column()), offset(span.endLine(), span.endColumn()));
    }

    private int offset(int line, int column) {
        int start = lineStarts[Math.min(line, lineStarts.length) - 1];
        return Math.min(source.length(), start + column - 1);
    }

    private static int[] starts(String source) {
        int lines = 1;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
