package dev.neurona.runtime.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.explain.Advice;
import dev.neurona.runtime.explain.Step;
import dev.neurona.runtime.nn.LayerKinds;
import dev.neurona.runtime.spec.ActivationKind;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both languages hold the same messages, each a valid pattern taking the same arguments. */
class MessagesTest {

    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages ES = Messages.of(Language.SPANISH);
    private static final Pattern UNFILLED = Pattern.compile("\\{\\d");

    @Test
    void everyKeyExistsInBothLanguages() {
        Set<String> onlyEnglish = new TreeSet<>(EN.keys());
        onlyEnglish.removeAll(ES.keys());
        Set<String> onlySpanish = new TreeSet<>(ES.keys());
        onlySpanish.removeAll(EN.keys());
        assertEquals(Set.of(), onlyEnglish, "missing in Messages_es.properties");
        assertEquals(Set.of(), onlySpanish, "missing in Messages_en.properties");
    }

    @Test
    void bothLanguagesFillTheSameArgumentsAndNoPatternIsEmpty() {
        List<String> wrong = new ArrayList<>();
        for (String key : EN.keys()) {
            String en = EN.text(key, filler(EN, key));
            String es = ES.text(key, filler(ES, key));
            if (en.isBlank() || es.isBlank()) wrong.add(key + " is empty");
            if (!arguments(en).equals(arguments(es))) wrong.add(key + ": " + arguments(en) + " vs " + arguments(es));
            // a quoted '{' is text (expected '{' after ...); an argument left as {0} is not
            if (UNFILLED.matcher(en).find() || UNFILLED.matcher(es).find())
                wrong.add(key + " leaves an argument unfilled");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void spanishIsSpanishAndEnglishIsEnglish() {
        assertEquals("época 3/10  pérdida 0.5  1.2s", ES.text("epoch.line.loss", "3", "10", "0.5", "1.2s"));
        assertEquals("epoch 3/10  loss 0.5  1.2s", EN.text("epoch.line.loss", "3", "10", "0.5", "1.2s"));
        assertEquals(
                Language.SPANISH, Messages.of(Locale.forLanguageTag("es-MX")).locale());
        assertEquals(Language.ENGLISH, Messages.of(Locale.FRENCH).locale());
    }

    @Test
    void aDoubledQuoteIsOneQuote() {
        assertTrue(EN.text("note.remedy.l2").startsWith("'l2 0.0005'"), EN.text("note.remedy.l2"));
    }

    @Test
    void everyLayerKindActivationStepAndAdviceHasItsSentence() {
        List<String> keys = new ArrayList<>();
        for (String kind : LayerKinds.kinds()) keys.add("explain.job." + kind);
        for (ActivationKind kind : ActivationKind.values()) keys.add("explain.activation." + kind.keyword());
        for (Step step : Step.values()) keys.add(step.key());
        for (Advice.Kind kind : Advice.Kind.values())
            keys.add("explain.advice." + kind.name().toLowerCase(Locale.ROOT));
        for (String key : keys) {
            assertTrue(EN.has(key), key + " in English");
            assertTrue(ES.has(key), key + " in Spanish");
        }
    }

    @Test
    void aMissingKeySaysWhich() {
        assertFalse(EN.has("no.such.key"));
        assertEquals(
                "no.such.key",
                org.junit.jupiter.api.Assertions.assertThrows(
                                java.util.MissingResourceException.class, () -> EN.text("no.such.key"))
                        .getKey());
    }

    /**
     * Ten distinct arguments, each recognisable in the filled text; an argument the pattern
     * chooses a plural from is a number instead (2, whose plural both languages spell out).
     */
    private static Object[] filler(Messages language, String key) {
        Object[] args = new Object[10];
        for (int i = 0; i < args.length; i++) args[i] = "<" + i + ">";
        Format[] formats = new MessageFormat(language.pattern(key), Locale.ROOT).getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length; i++) if (formats[i] != null) args[i] = 2;
        return args;
    }

    @Test
    void pluralsAgreeWithTheirCount() {
        for (Messages language : List.of(EN, ES)) {
            String one = language.text("diag.more", 1, 1, 0);
            String many = language.text("diag.more", 3, 2, 1);
            assertFalse(one.contains("errors") || one.contains("errores"), one);
            assertTrue(many.contains("errors") || many.contains("errores"), many);
        }
    }

    private static Set<String> arguments(String filled) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("<\\d>").matcher(filled);
        while (m.find()) found.add(m.group());
        return found;
    }
}
