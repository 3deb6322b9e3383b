package dev.neurona.lang.diag;

import dev.neurona.lang.ast.SourceSpan;
import java.util.List;

/**
 * Prints diagnostics the way compilers do, with the culprit underlined in its line:
 *
 * <pre>
 * digits.nn:21:7: error: model 'mlp' expects 784 inputs, but 'iris.train' has 4 features
 *    21 | train mlp on iris.train
 *       |       ^^^
 *       = help: a further suggestion, when there is one
 * </pre>
 *
 * The line number is right-aligned in a gutter at least five wide. The carets cover the span on
 * its first line (one caret for a zero-width span); tabs in the line are kept in the caret line
 * so that the carets stay aligned in a terminal.
 */
public final class DiagnosticRenderer {

    private static final int MIN_GUTTER = 5;

    private final String[] lines;

    /** @param source the text of the script the diagnostics are about, or {@code null} if unknown */
    public DiagnosticRenderer(String source) {
        this.lines = source == null ? null : source.split("\n", -1);
    }

    /** Renders one diagnostic; every line, the last included, ends with a newline. */
    public String render(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder();
        out.append(diagnostic.headline()).append('\n');
        SourceSpan span = diagnostic.span();
        int gutter = MIN_GUTTER;
        if (span != null && lines != null && span.line() <= lines.length) {
            String line = stripCarriageReturn(lines[span.line() - 1]);
            String number = String.valueOf(span.line());
            gutter = Math.max(MIN_GUTTER, number.length());
            out.append(" ".repeat(gutter - number.length())).append(number)
                    .append(" | ").append(line).append('\n');
            out.append(" ".repeat(gutter)).append(" | ").append(underline(line, span)).append('\n');
        }
        if (diagnostic.hint() != null) {
            out.append(" ".repeat(gutter)).append(" = help: ").append(diagnostic.hint()).append('\n');
        }
        return out.toString();
    }

    /** Renders the diagnostics one after the other, in the order given. */
    public String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            out.append(render(diagnostic));
        }
        return out.toString();
    }

    private static String underline(String line, SourceSpan span) {
        int start = span.column() - 1;
        int end = span.endLine() == span.line() ? span.endColumn() - 1 : line.length();
        int carets = Math.max(1, end - start);
        StringBuilder under = new StringBuilder();
        for (int i = 0; i < start; i++) {
            under.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return under.append("^".repeat(carets)).toString();
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
