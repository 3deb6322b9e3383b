package dev.neurona.runtime.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which language users read, as the language contract chooses it: {@code --lang en|es} when
 * given; else the locale of the environment, {@code LC_ALL} before {@code LC_MESSAGES} before
 * {@code LANG} as POSIX orders them; else Java's default. A locale Neurona does not speak
 * ({@code fr_FR}, {@code C}, {@code POSIX}) means English. Every command option, the REPL's
 * {@code :lang} and the Java API come through here, so the rule lives in one place.
 */
public final class Language {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    /** The codes {@code --lang} and {@code :lang} take, in the order help lists them. */
    public static final List<String> CODES = List.of("en", "es");

    private static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private Language() {}

    /**
     * The language of {@code code} ({@code en}, {@code es}, case aside).
     *
     * @throws IllegalArgumentException naming the codes there are, for any other code
     */
    public static Locale of(String code) {
        String lower = code.strip().toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "en" -> ENGLISH;
            case "es" -> SPANISH;
            default ->
                throw new IllegalArgumentException(
                        "unknown language '" + code + "'; choose " + String.join(" or ", CODES));
        };
    }

    /**
     * The language for an option's value, or, when the option was not given (null), the
     * environment's.
     *
     * @throws IllegalArgumentException for an option value {@link #of} does not know
     */
    public static Locale choose(@Nullable String option, Map<String, String> environment) {
        return option != null ? of(option) : fromEnvironment(environment, Locale.getDefault());
    }

    /**
     * The language the first set variable of {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}
     * names ({@code es_ES.UTF-8} is Spanish); {@code fallback}'s when none is set.
     */
    public static Locale fromEnvironment(Map<String, String> environment, Locale fallback) {
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return supported(value);
            }
        }
        return supported(fallback.getLanguage());
    }

    /** Spanish for {@code es}, {@code es_MX}, {@code es_ES.UTF-8@euro}; English for anything else. */
    static Locale supported(String posixLocale) {
        String language = posixLocale.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
        return language.equals("es") ? SPANISH : ENGLISH;
    }

    /** The language Neurona speaks closest to {@code locale}: Spanish for any Spanish, else English. */
    public static Locale nearest(Locale locale) {
        return supported(locale.getLanguage());
    }
}
