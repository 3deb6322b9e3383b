package dev.neurona.lang.check.value;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.diag.Suggestions;
import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Collects the diagnostics of one check, all for one file. Checks report through it and never
 * throw; {@link #hasErrors()} tells whether anything may run.
 */
public class Problems {

    private final String file;
    private final List<Diagnostic> diagnostics;

    public Problems(String file) {
        this(file, new ArrayList<>());
    }

    private Problems(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public String file() {
        return file;
    }

    public void error(SourceSpan span, Text message) {
        add(Diagnostic.error(file, span, message));
    }

    public void error(SourceSpan span, Text message, @Nullable Text hint) {
        add(Diagnostic.error(file, span, message, hint));
    }

    public void warning(SourceSpan span, Text message) {
        add(Diagnostic.warning(file, span, message));
    }

    /**
     * Reports {@code message} about a word that is not one of {@code known}, followed by
     * {@code ; did you mean 'x'?} when a word of {@code known} is near; otherwise with the
     * choices as a hint when they are few.
     */
    public void unknown(Text message, String word, SourceSpan span, Collection<String> known) {
        Text hint = !known.isEmpty() && known.size() <= 12
                ? Text.of("check.expected_one_of", String.join(", ", known))
                : null;
        suggest(message, word, span, known, hint);
    }

    /**
     * Reports {@code message}, followed by {@code ; did you mean 'x'?} when a word of
     * {@code known} is near {@code word}; otherwise with {@code hint} (which may be null).
     */
    public void suggest(Text message, String word, SourceSpan span, Collection<String> known, @Nullable Text hint) {
        Optional<String> near = Suggestions.nearest(word, known);
        if (near.isPresent()) {
            error(span, Text.of("check.did_you_mean", message, near.get()));
        } else {
            error(span, message, hint);
        }
    }

    /** Adds a diagnostic as it is. */
    public void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** How many errors have been reported so far; a check compares counts to see if it added any. */
    public int errorCount() {
        return (int) diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** The diagnostics in the order they were reported. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /**
     * A view that rewrites each diagnostic before adding it here; a template's body checked for
     * one instance reports through such a view, so that its errors point at the instance.
     */
    public Problems rewriting(UnaryOperator<Diagnostic> rewrite) {
        Problems target = this;
        return new Problems(file, diagnostics) {
            @Override
            public void add(Diagnostic diagnostic) {
                target.add(rewrite.apply(diagnostic));
            }
        };
    }
}
