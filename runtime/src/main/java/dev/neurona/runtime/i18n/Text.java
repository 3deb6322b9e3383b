package dev.neurona.runtime.i18n;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sentence not yet put into a language: a message key and its arguments, rendered by
 * {@link #in(Messages)} when the reader's language is known. An argument that is itself a
 * {@code Text} is rendered in the same language (a template's name wrapped around a message from
 * its body, a list of remedies); anything else is shown as it is, so pass figures already
 * formatted, and integers only where the pattern chooses a plural from them.
 *
 * <p>A {@link #verbatim} text is words the library did not write: an exception's message from
 * elsewhere, shown the same in every language.
 */
public final class Text {

    private final @Nullable String key;
    private final Object[] args;

    private Text(@Nullable String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    /** The message {@code key} with {@code args}; keys are literals so that a test can check both bundles hold them. */
    public static Text of(String key, Object... args) {
        return new Text(Objects.requireNonNull(key, "key"), args.clone());
    }

    /** Words shown as they are, whatever the language. */
    public static Text verbatim(String words) {
        return new Text(null, new Object[] {Objects.requireNonNull(words, "words")});
    }

    /** The key, or {@code null} for a verbatim text. */
    public @Nullable String key() {
        return key;
    }

    /** This text in {@code messages}' language. */
    public String in(Messages messages) {
        if (key == null) {
            return (String) args[0];
        }
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = args[i] instanceof Text inner ? inner.in(messages) : args[i];
        }
        return messages.text(key, filled);
    }

    /** This text in English, the library's language when nobody chose. */
    public String english() {
        return in(Messages.english());
    }

    /** Two texts are equal when they say the same words in English, however they were made. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Text that && english().equals(that.english());
    }

    @Override
    public int hashCode() {
        return english().hashCode();
    }

    /** The English text, for logs and debuggers. */
    @Override
    public String toString() {
        return english();
    }
}
