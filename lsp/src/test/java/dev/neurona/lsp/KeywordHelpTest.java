package dev.neurona.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.check.Vocabulary;
import dev.neurona.lang.check.words.Activations;
import dev.neurona.lang.check.words.Optimizers;
import dev.neurona.lang.syntax.NnParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every keyword the language knows has its line in the one table of hover texts. */
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
}
