package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code :lang} switches the language of what the REPL's statements print, and stays through {@code :reset}. */
class ReplLanguageTest {

    @TempDir
    Path dir;

    @Test
    void langSwitchesExplainAndSurvivesAReset() {
        try (ReplHarness repl = new ReplHarness(dir)) {
            String english = repl.run("model m { input 4; dense 12 relu; dense 3 softmax }\nexplain m\n");
            assertTrue(english.contains("Training: not trained yet."), english);
            String spanish = repl.run(":lang es\nexplain m\n");
            assertTrue(spanish.contains("Entrenamiento: todavía sin entrenar."), spanish);
            String after = repl.run(":reset\nmodel m { input 4; dense 3 softmax }\nexplain m\n:lang\n");
            assertTrue(after.contains("Entrenamiento: todavía sin entrenar."), after);
            assertTrue(after.contains("los mensajes están en es"), after);
            repl.run(":lang fr\n");
            assertTrue(repl.err().contains(":lang recibe en o es, no 'fr'"), repl.err());
            String back = repl.run(":lang en\n:lang\n");
            assertTrue(back.contains("messages are in en"), back);
        }
    }

    @Test
    void helpSpeaksTheSessionsLanguage() {
        try (ReplHarness repl = new ReplHarness(dir)) {
            String english = repl.run(":help\n");
            assertTrue(english.contains("The nn REPL runs .nn statements and Java snippets"), english);
            String spanish = repl.run(":lang es\n:help\n");
            assertTrue(spanish.contains("El REPL de nn ejecuta instrucciones .nn y fragmentos de Java"), spanish);
            assertTrue(spanish.contains(":lang [en|es]     el idioma de los mensajes"), spanish);
            assertTrue(!spanish.contains("this text") && !spanish.contains("Commands:"), spanish);
        }
    }

    @Test
    void everyMessageHasItsSpanish() {
        // A key the Spanish file lacks would fall back to the English text: every one must differ.
        for (String key : Messages.keys(java.util.Locale.ROOT)) {
            if (!key.startsWith("prompt") && !key.equals("java.value")) {
                assertNotEquals(
                        Messages.get(key, "x", "y", "z", "w"),
                        Messages.in(dev.neurona.runtime.i18n.Language.SPANISH, key, "x", "y", "z", "w"),
                        key + " is translated");
            }
        }
    }
}
