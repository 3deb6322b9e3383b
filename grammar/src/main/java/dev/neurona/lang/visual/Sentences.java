package dev.neurona.lang.visual;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Whole sentences by message key, in the reader's language, for the pictures and pages that
 * write sentences (the HTML report); the caller hands in its messages ({@code messages::text}).
 */
@FunctionalInterface
public interface Sentences {

    /** The message {@code key} filled with {@code args}, as {@link MessageFormat} fills it. */
    String text(String key, Object... args);

    /**
     * English, read from the library's English messages as a resource, so that the pictures need
     * no class of the runtime.
     */
    Sentences ENGLISH = new Sentences() {
        private final ResourceBundle bundle = ResourceBundle.getBundle(
                "dev.neurona.runtime.i18n.Messages",
                Locale.ENGLISH,
                Sentences.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        @Override
        public String text(String key, Object... args) {
            return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
        }
    };
}
