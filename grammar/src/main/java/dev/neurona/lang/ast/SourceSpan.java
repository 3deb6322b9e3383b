package dev.neurona.lang.ast;

/**
 * Where a piece of a script sits: 1-based line and column of its first character, and the line
 * and column just after its last character (exclusive). A zero-width span ({@code column ==
 * endColumn} on one line) marks a point, such as the place where something is missing.
 *
 * <p>Columns count characters (a tab is one column), as editors do for {@code file:line:col}.
 */
public record SourceSpan(int line, int column, int endLine, int endColumn) {

    public SourceSpan {
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A zero-width span at one point. */
    public static SourceSpan point(int line, int column) {
        return new SourceSpan(line, column, line, column);
    }

    /** The span from the start of {@code first} to the end of {@code last}. */
    public static SourceSpan covering(SourceSpan first, SourceSpan last) {
        return new SourceSpan(first.line, first.column, last.endLine, last.endColumn);
    }

    /** True when this span starts before {@code other} in the text. */
    public boolean isBefore(SourceSpan other) {
        return line < other.line || (line == other.line && column < other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
