package dev.neurona.repl.java;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.diag.DiagnosticRenderer;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.Printable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.jspecify.annotations.Nullable;

/**
 * Says what a Java snippet did, in the REPL's words: {@code x ==> 3} for a value, {@code created
 * method twice(int)} for a declaration; compile errors in the {@code .nn} diagnostic format (with
 * the line and a caret under the culprit); exceptions as one line, never a stack trace.
 */
final class JavaFeedback {

    /** The file name Java diagnostics show. */
    static final String FILE = "java";

    private final JShell shell;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Locale> language;

    /** Feedback on {@code out} and {@code err} in the session's language of the moment ({@code :lang} changes it). */
    JavaFeedback(JShell shell, PrintStream out, PrintStream err, Supplier<Locale> language) {
        this.shell = shell;
        this.out = out;
        this.err = err;
        this.language = language;
    }

    /**
     * Reports the event of one evaluated snippet (the event it caused itself, not its effect on others).
     *
     * @return whether the snippet was accepted and ran without an exception
     */
    boolean report(SnippetEvent event) {
        Snippet snippet = event.snippet();
        if (event.status() == Snippet.Status.REJECTED) {
            errors(snippet.source(), shell.diagnostics(snippet).collect(Collectors.toList()), 0);
            return false;
        }
        if (event.exception() != null) {
            err.println(exception(event.exception(), language.get()));
            return false;
        }
        if (!event.status().isDefined()) {
            return true;
        }
        String line = describe(event);
        if (line != null) {
            out.println(line);
        }
        return true;
    }

    /** A declaration, or a value: {@code created method f(int)}, {@code $1 ==> 4}; null when there is nothing to say. */
    private @Nullable String describe(SnippetEvent event) {
        Snippet snippet = event.snippet();
        boolean replaced = event.previousStatus() != Snippet.Status.NONEXISTENT;
        String unresolved = snippet instanceof DeclarationSnippet declaration
                ? shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "))
                : "";
        String said;
        if (snippet instanceof VarSnippet variable) {
            said = Messages.in(language.get(), "java.value", variable.name(), shown(event.value()));
        } else if (snippet instanceof ExpressionSnippet expression) {
            said = Messages.in(language.get(), "java.value", expression.name(), shown(event.value()));
        } else if (snippet instanceof MethodSnippet method) {
            said = Messages.in(
                    language.get(),
                    replaced ? "java.replaced" : "java.created",
                    "method",
                    method.name() + "(" + method.parameterTypes() + ")");
        } else if (snippet instanceof TypeDeclSnippet type) {
            String kind = type.subKind()
                    .name()
                    .replace("_SUBKIND", "")
                    .replace('_', ' ')
                    .toLowerCase(Locale.ROOT);
            said = Messages.in(language.get(), replaced ? "java.replaced" : "java.created", kind, type.name());
        } else {
            return null; // statements print what they print; imports say nothing
        }
        return unresolved.isEmpty() ? said : said + Messages.in(language.get(), "java.unresolved", unresolved);
    }

    /** Prints compile errors of {@code source}, whose positions are {@code offset} characters into the compiled text. */
    void errors(String source, List<Diag> diagnostics, int offset) {
        List<Diagnostic> errors = new ArrayList<>();
        for (Diag diag : diagnostics) {
            if (!diag.isError()) {
                continue;
            }
            int start = clamp(diag.getStartPosition() - offset, source);
            int end = Math.max(start, clamp(diag.getEndPosition() - offset, source));
            errors.add(Diagnostic.error(
                    FILE,
                    span(source, start, end),
                    message(diag.getMessage(Locale.ROOT)),
                    hint(diag.getMessage(Locale.ROOT))));
        }
        if (errors.isEmpty()) {
            err.println(Messages.in(language.get(), "java.rejected"));
        } else {
            err.print(new DiagnosticRenderer(source).render(errors));
        }
    }

    /** One line for an exception thrown by a snippet: its class and message. */
    static String exception(JShellException exception, Locale language) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return Messages.in(
                    language,
                    "java.needs.declaration",
                    unresolved.getSnippet().source().strip());
        }
        String type = exception instanceof EvalException thrown
                ? thrown.getExceptionClassName()
                : exception.getClass().getName();
        if (type.equals(SnippetExit.class.getName())) {
            return Messages.in(language, "java.exit.refused", String.valueOf(exception.getMessage()));
        }
        return exception.getMessage() == null
                ? Messages.in(language, "java.exception", type)
                : Messages.in(language, "java.exception.message", type, shown(exception.getMessage()));
    }

    /** A value or message as the terminal shows it: control characters escaped ({@link Printable#escape}). */
    private static @Nullable String shown(@Nullable String text) {
        return text == null ? null : Printable.escape(text);
    }

    /** javac's first line, with the symbol it could not find: {@code cannot find symbol: variable foo}. */
    private static String message(String javac) {
        String[] lines = javac.split("\n");
        String first = lines[0].strip();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("symbol:")) {
                first += ": " + line.substring("symbol:".length()).strip();
            }
        }
        return first.endsWith(";") ? first.substring(0, first.length() - 1) : first;
    }

    /** javac's {@code required:} and {@code found:} lines, if any, as one hint. */
    private static @Nullable String hint(String javac) {
        List<String> parts = new ArrayList<>();
        for (String line : javac.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("required:") || stripped.startsWith("found:")) {
                parts.add(stripped.replaceAll("\\s+", " "));
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static int clamp(long position, String source) {
        return (int) Math.max(0, Math.min(position, source.length()));
    }

    /** The line and column span of {@code [start, end)} in {@code source}, 1-based. */
    static SourceSpan span(String source, int start, int end) {
        int[] from = lineAndColumn(source, start);
        int[] to = lineAndColumn(source, end);
        return new SourceSpan(from[0], from[1], to[0], to[1]);
    }

    private static int[] lineAndColumn(String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
