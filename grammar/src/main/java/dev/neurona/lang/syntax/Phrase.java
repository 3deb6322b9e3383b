package dev.neurona.lang.syntax;

import dev.neurona.runtime.i18n.Text;
import org.jspecify.annotations.Nullable;

/**
 * The words of one syntax error.
 *
 * @param hint a further suggestion for a {@code = help:} line, or {@code null}
 * @param atPrevious put the caret just after the token before the culprit when the culprit is on
 *     a later line, as for "expected ',' or ')' after '64'"
 */
record Phrase(Text message, @Nullable Text hint, boolean atPrevious) {

    /** A message with the caret on the culprit. */
    static Phrase of(Text message) {
        return new Phrase(message, null, false);
    }

    /** A message about what should have followed the previous token. */
    static Phrase after(Text message) {
        return new Phrase(message, null, true);
    }
}
