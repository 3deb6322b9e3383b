package dev.neurona.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.check.Vocabulary;
import dev.neurona.lang.check.words.Activations;
import dev.neurona.lang.check.words.Optimizers;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every keyword the language knows has its line in the table of hover texts of each language. */
class KeywordHelpTest {

    @Test
    void everyKeywordHasALine() {
        List<String> keywords = new ArrayList<>(NnParser.statementKeywords());
        keywords.addAll(Vocabulary.layerKeywords());
        keywords.addAll(Vocabulary.trainOptions());
        keywords.addAll(Vocabulary.dataOptions());
        keywords.addAll(Vocabulary.sweepOptions());
        keywords.addAll(Activations.TABLE.words());
        keywords.addAll(Optimizers.TABLE.words());
        List<String> missing =
                keywords.stream().filter(k -> KeywordHelp.of(k).isEmpty()).toList();
        assertTrue(missing.isEmpty(), "no hover text for " + missing);
    }

    private static final Messages EN = Messages.english();
    private static final Messages ES = Messages.of(Language.SPANISH);

    @Test
    void bothLanguagesExplainTheSameKeywords() throws IOException {
        Set<String> english = read(KeywordHelp.ENGLISH_FILE);
        Set<String> spanish = read(KeywordHelp.SPANISH_FILE);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(spanish);
        Set<String> onlySpanish = new TreeSet<>(spanish);
        onlySpanish.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "missing in " + KeywordHelp.SPANISH_FILE);
        assertEquals(Set.of(), onlySpanish, "missing in " + KeywordHelp.ENGLISH_FILE);
        assertEquals(english, KeywordHelp.keywords(ES));
        assertEquals(english, KeywordHelp.keywords(EN));
    }

    @Test
    void eachLineStartsWithItsKeywordAndSpanishIsNotTheEnglish() {
        for (String keyword : KeywordHelp.keywords(EN)) {
            String english = KeywordHelp.of(keyword, EN).orElseThrow();
            String spanish = KeywordHelp.of(keyword, ES).orElseThrow();
            assertEquals(KeywordHelp.of(keyword).orElseThrow(), english);
            assertTrue(english.startsWith(keyword), english);
            assertTrue(spanish.startsWith(keyword), spanish);
            assertNotEquals(english, spanish, keyword + " in Spanish");
        }
    }

    /** The keys of a table as the file holds them, not as the class loaded them. */
    private static Set<String> read(String file) throws IOException {
        Properties lines = new Properties();
        try (InputStream in = KeywordHelp.class.getResourceAsStream(file)) {
            assertTrue(in != null, file);
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return lines.stringPropertyNames();
    }
}
