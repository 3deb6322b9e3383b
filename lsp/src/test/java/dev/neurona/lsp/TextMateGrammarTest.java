package dev.neurona.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neurona.lang.check.Vocabulary;
import dev.neurona.lang.syntax.NnParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The VS Code extension's highlighting knows the same statement and layer keywords as the language. */
class TextMateGrammarTest {

    private static final Path GRAMMAR = Path.of("..", "editors", "vscode", "syntaxes", "nn.tmLanguage.json");

    @Test
    void statementAndLayerKeywordsMatchTheLanguage() throws IOException {
        JsonObject repository = JsonParser.parseString(Files.readString(GRAMMAR, StandardCharsets.UTF_8))
                .getAsJsonObject()
                .getAsJsonObject("repository");
        String statements = repository
                .getAsJsonObject("statements")
                .getAsJsonArray("patterns")
                .get(0)
                .getAsJsonObject()
                .get("match")
                .getAsString();
        assertEquals(NnParser.statementKeywords(), alternatives(statements));
        String layers = null;
        for (var pattern : repository.getAsJsonObject("words").getAsJsonArray("patterns")) {
            if (pattern.getAsJsonObject().get("name").getAsString().equals("storage.type.layer.nn")) {
                layers = pattern.getAsJsonObject().get("match").getAsString();
            }
        }
        assertEquals(Vocabulary.layerKeywords(), alternatives(layers));
    }

    /** The words of the last {@code (a|b|c)} group of a pattern. */
    private static List<String> alternatives(String pattern) {
        Matcher group = Pattern.compile("\\(([a-z_|]+)\\)").matcher(pattern);
        String last = null;
        while (group.find()) {
            last = group.group(1);
        }
        return List.of(last.split("\\|"));
    }
}
