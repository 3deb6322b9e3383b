package dev.neurona.repl;

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
            assertTrue(after.contains("messages are in es"), after);
            repl.run(":lang fr\n");
            assertTrue(repl.err().contains(":lang takes en or es, not 'fr'"), repl.err());
        }
    }
}
