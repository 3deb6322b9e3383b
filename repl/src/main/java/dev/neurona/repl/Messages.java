package dev.neurona.repl;

import dev.neurona.runtime.i18n.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Every sentence the REPL shows, from one resource file ({@code dev/neurona/repl/messages.properties}),
 * as JShell's own tool keeps its strings. Arguments fill {@code {0}}, {@code {1}}, ... by
 * {@link MessageFormat} rules, so a single quote is written twice in the file.
 */
public final class Messages {

    private static final String NAME = "dev.neurona.repl.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(NAME, Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle SPANISH = ResourceBundle.getBundle(NAME, Language.SPANISH, NO_FALLBACK);

    private Messages() {}

    /** The message {@code key} in English, filled with {@code args} (pass numbers already formatted). */
    public static String get(String key, @Nullable Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }

    /** The message {@code key} in {@code language} (Spanish for any Spanish, else English), filled with {@code args}. */
    public static String in(Locale language, String key, @Nullable Object... args) {
        ResourceBundle bundle = Language.nearest(language).equals(Language.SPANISH) ? SPANISH : BUNDLE;
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }

    /** The keys of the messages in {@code language}, for the test that keeps both languages complete. */
    static java.util.Set<String> keys(Locale language) {
        ResourceBundle bundle = Language.nearest(language).equals(Language.SPANISH) ? SPANISH : BUNDLE;
        return bundle.keySet();
    }
}
