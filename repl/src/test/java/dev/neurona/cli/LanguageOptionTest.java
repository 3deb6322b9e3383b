package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang} and the locale of the environment choose the language of {@code nn run}. */
class LanguageOptionTest {

    @TempDir
    Path dir;

    private Path script() throws IOException {
        Path file = dir.resolve("tiny.nn");
        Files.writeString(
                file,
                "model m {\n  input 4\n  dense 12 relu\n  dense 3 softmax\n}\nexplain m\n",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void langEsExplainsInSpanish() throws IOException {
        NnHarness nn = new NnHarness().env("LANG", "en_US.UTF-8");
        assertEquals(0, nn.run("run", "--lang", "es", script().toString()), nn.err());
        assertTrue(nn.out().contains("Entrenamiento: todavía sin entrenar."), nn.out());
    }

    @Test
    void withoutTheOptionLcAllThenLangDecide() throws IOException {
        NnHarness spanish = new NnHarness().env("LANG", "es_ES.UTF-8");
        assertEquals(0, spanish.run("run", script().toString()), spanish.err());
        assertTrue(spanish.out().contains("Qué hace cada capa:"), spanish.out());
        NnHarness english = new NnHarness().env("LANG", "es_ES.UTF-8").env("LC_ALL", "en_GB.UTF-8");
        assertEquals(0, english.run("run", script().toString()), english.err());
        assertTrue(english.out().contains("What each layer does:"), english.out());
    }

    @Test
    void anUnknownLanguageIsAUsageErrorNamingTheChoices() throws IOException {
        NnHarness nn = new NnHarness();
        assertEquals(2, nn.run("check", "--lang", "fr", script().toString()));
        assertTrue(nn.err().contains("--lang: unknown language 'fr'; choose en or es"), nn.err());
    }

    @Test
    void runCheckAndReplOfferIt() {
        for (String command : new String[] {"run", "check", "repl"}) {
            NnHarness nn = new NnHarness();
            assertEquals(0, nn.run(command, "--help"));
            assertTrue(nn.out().contains("--lang=LANG"), command + ": " + nn.out());
        }
    }
}
