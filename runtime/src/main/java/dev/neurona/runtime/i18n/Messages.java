package dev.neurona.runtime.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sentences of one language, from {@code dev/neurona/runtime/i18n/Messages_LANG.properties}
 * (UTF-8). A message is a whole {@link MessageFormat} pattern, never a fragment to glue to
 * another; arguments fill {@code {0}}, {@code {1}}, ... (a single quote is written twice).
 * Figures are passed already formatted, so both languages print {@code 0.4512} the same way,
 * as it would be typed back into a script.
 *
 * <p>Keys are used as string literals in calls to {@link #text}, so that a test can find every
 * key the code uses and check that both bundles hold it.
 */
public final class Messages {

    private static final String BUNDLE = "dev.neurona.runtime.i18n.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Messages ENGLISH = new Messages(Language.ENGLISH);
    private static final Messages SPANISH = new Messages(Language.SPANISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The messages of the language Neurona speaks closest to {@code locale}. */
    public static Messages of(Locale locale) {
        return Language.nearest(locale).equals(Language.SPANISH) ? SPANISH : ENGLISH;
    }

    /** English, the language of the library when nobody chose. */
    public static Messages english() {
        return ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The message {@code key} filled with {@code args}.
     *
     * @throws MissingResourceException when this language has no such key (a test keeps both complete)
     */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }

    /** The raw pattern of {@code key}, for tests that look at its arguments. */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    /** Whether this language has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key of this language. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
