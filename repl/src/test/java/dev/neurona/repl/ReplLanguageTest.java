package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void listHolesAndWatchSpeakSpanishUnderLangEs() {
        TestData.pets(dir);
        try (ReplHarness repl = new ReplHarness(dir)) {
            repl.run(":lang es\ndata pets = csv(\"pets.csv\") { split train 80%, test 20% }\n"
                    + "model m { input pets; dense 2 softmax }\n");
            assertEquals("""
                      pets  data   60 filas, 2 entradas, classification (2 clases); partes train 48, test 12
                      m     model  2 → dense 2 softmax; 6 parámetros; todavía sin entrenar
                    """, repl.run(":list\n"));
            repl.run("train m on pets.train { epochs 2 }\n");
            String listed = repl.run(":list\n");
            assertTrue(listed.contains("; 2 épocas entrenadas, la última con pérdida "), listed);
            assertTrue(listed.contains(" y exactitud 0."), listed);
            repl.run("Object thing = new Object();\n");
            repl.clear();
            repl.run("model bad { input 2; dense ${thing} relu }\n");
            assertTrue(
                    repl.err().startsWith("${thing} es un valor de tipo Object, que .nn no puede recibir"), repl.err());
            String watch = repl.run(":watch\n");
            assertTrue(watch.startsWith("watch: página de seguimiento en http://127.0.0.1:"), watch);
            repl.run(":watch off\n");
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
