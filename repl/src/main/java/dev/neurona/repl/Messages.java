package dev.neurona.repl;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every sentence the REPL shows, from one resource file ({@code dev/neurona/repl/messages.properties}),
 * as JShell's own tool keeps its strings. Arguments fill {@code {0}}, {@code {1}}, ... by
 * {@link MessageFormat} rules, so a single quote is written twice in the file.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.neurona.repl.messages", Locale.ROOT);

    private Messages() {}

    /** The message {@code key}, filled with {@code args} (pass numbers already formatted). */
    public static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }
}
