package dev.neurona.lang.diag;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.i18n.Messages;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>Nothing a script or a data file holds reaches the terminal raw: control characters in the
 * messages are escaped ({@link Printable#escape}) and those in the echoed line shown as symbols.
 * After {@link #MOST_SHOWN} diagnostics the rest are counted, not printed.
 */
public final class DiagnosticRenderer {

    private static final int MIN_GUTTER = 5;
    /** Diagnostics printed in full; a script with more has its first problems to fix anyway. */
    public static final int MOST_SHOWN = 50;

    private final String @Nullable [] lines;
    private final Messages messages;

    /** @param source the text of the script the diagnostics are about, or {@code null} if unknown */
    public DiagnosticRenderer(String source) {
        this(source, Messages.english());
    }

    /**
     * @param source the text of the script the diagnostics are about, or {@code null} if unknown
     * @param messages the language the diagnostics are printed in
     */
    public DiagnosticRenderer(@Nullable String source, Messages messages) {
        this.lines = source == null ? null : source.split("\n", -1);
        this.messages = messages;
    }

    /** Renders one diagnostic; every line, the last included, ends with a newline. */
    public String render(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder();
        out.append(Printable.escape(diagnostic.headline(messages))).append('\n');
        SourceSpan span = diagnostic.span();
        int gutter = MIN_GUTTER;
        if (span != null && lines != null && span.line() <= lines.length) {
            String line = Printable.sourceLine(stripCarriageReturn(lines[span.line() - 1]));
            String number = String.valueOf(span.line());
            gutter = Math.max(MIN_GUTTER, number.length());
            out.append(" ".repeat(gutter - number.length()))
                    .append(number)
                    .append(" | ")
                    .append(line)
                    .append('\n');
            out.append(" ".repeat(gutter))
                    .append(" | ")
                    .append(underline(line, span))
                    .append('\n');
        }
        String hint = diagnostic.hint(messages);
        if (hint != null) {
            out.append(" ".repeat(gutter))
                    .append(" = ")
                    .append(Printable.escape(messages.text("diag.help", hint)))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * Renders the diagnostics one after the other, in the order given: the first
     * {@link #MOST_SHOWN}, then one line counting the rest ({@code ... and 12 more: 10 errors, 2 warnings}).
     */
    public String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics.subList(0, Math.min(MOST_SHOWN, diagnostics.size()))) {
            out.append(render(diagnostic));
        }
        if (diagnostics.size() > MOST_SHOWN) {
            List<Diagnostic> rest = diagnostics.subList(MOST_SHOWN, diagnostics.size());
            long errors = rest.stream().filter(Diagnostic::isError).count();
            out.append(messages.text("diag.more", rest.size(), errors, rest.size() - errors))
                    .append('\n');
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
