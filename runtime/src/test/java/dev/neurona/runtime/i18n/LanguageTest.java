package dev.neurona.runtime.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertEquals(Language.ENGLISH, Language.choose("en", Map.of("LANG", "es_ES.UTF-8")));
        assertEquals(Language.SPANISH, Language.choose("ES", Map.of("LANG", "en_US.UTF-8")));
    }

    @Test
    void lcAllBeforeLcMessagesBeforeLang() {
        assertEquals(
                Language.SPANISH,
                Language.fromEnvironment(
                        Map.of("LC_ALL", "es_MX.UTF-8", "LC_MESSAGES", "en_US", "LANG", "en_US"), Locale.ENGLISH));
        assertEquals(
                Language.ENGLISH,
                Language.fromEnvironment(Map.of("LC_MESSAGES", "C", "LANG", "es_ES.UTF-8"), Locale.ENGLISH));
        assertEquals(Language.SPANISH, Language.fromEnvironment(Map.of("LANG", "es_ES.UTF-8@euro"), Locale.ENGLISH));
        assertEquals(Language.SPANISH, Language.fromEnvironment(Map.of("LANG", "es"), Locale.ENGLISH));
    }

    @Test
    void withoutVariablesJavasDefaultDecides() {
        assertEquals(Language.SPANISH, Language.fromEnvironment(Map.of(), Locale.forLanguageTag("es-AR")));
        assertEquals(Language.ENGLISH, Language.fromEnvironment(Map.of("LANG", ""), Locale.GERMAN));
    }

    @Test
    void aLanguageNotSpokenIsEnglish() {
        assertEquals(Language.ENGLISH, Language.fromEnvironment(Map.of("LANG", "fr_FR.UTF-8"), Locale.ENGLISH));
        assertEquals(Language.ENGLISH, Language.fromEnvironment(Map.of("LANG", "POSIX"), Locale.ENGLISH));
        assertEquals(Language.ENGLISH, Language.fromEnvironment(Map.of("LANG", "estonian"), Locale.ENGLISH));
    }

    @Test
    void anUnknownCodeNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.of("fr"));
        assertEquals("unknown language 'fr'; choose en or es", e.getMessage());
    }
}
