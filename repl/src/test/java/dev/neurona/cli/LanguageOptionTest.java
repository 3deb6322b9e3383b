package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.i18n.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

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
    void helpIsInSpanishWithLangEsOrASpanishLocale() {
        NnHarness option = new NnHarness().env("LANG", "en_US.UTF-8");
        assertEquals(0, option.run("run", "--help", "--lang", "es"));
        assertTrue(option.out().startsWith("Uso: nn run"), option.out());
        for (String spanish : List.of(
                "Comprueba un script y después lo ejecuta.",
                "Sustituye la semilla del script.",
                "Muestra esta ayuda y termina.",
                "en o es: el idioma de los mensajes",
                "Códigos de salida: 0 todo bien")) {
            assertTrue(option.out().contains(spanish), spanish + " in\n" + option.out());
        }
        NnHarness locale = new NnHarness().env("LANG", "es_ES.UTF-8");
        assertEquals(0, locale.run("--help"));
        assertTrue(locale.out().contains("Describe, entrena y explora redes neuronales."), locale.out());
        assertTrue(locale.out().contains("Comandos:"), locale.out());
        NnHarness english = new NnHarness().env("LANG", "es_ES.UTF-8");
        assertEquals(0, english.run("check", "--lang=en", "--help"));
        assertTrue(english.out().startsWith("Usage: nn check"), english.out());
    }

    @Test
    void everyCommandAndOptionHasItsSpanishHelp() {
        CommandLine englishLine = Nn.commandLine(new NnHarness().context());
        CommandLine spanishLine = Nn.commandLine(new NnHarness().context());
        Nn.speak(spanishLine, Language.SPANISH);
        List<String> untranslated = new ArrayList<>();
        compare(englishLine, spanishLine, untranslated);
        assertEquals(List.of(), untranslated);
    }

    /** Collects every description of {@code english}'s commands that reads the same in {@code spanish}. */
    private static void compare(CommandLine english, CommandLine spanish, List<String> untranslated) {
        CommandSpec en = english.getCommandSpec();
        CommandSpec es = spanish.getCommandSpec();
        String name = en.qualifiedName(" ");
        if (Arrays.equals(en.usageMessage().description(), es.usageMessage().description())) {
            untranslated.add(name + ": description");
        }
        if (en.usageMessage().footer().length > 0
                && Arrays.equals(en.usageMessage().footer(), es.usageMessage().footer())) {
            untranslated.add(name + ": footer");
        }
        for (OptionSpec option : en.options()) {
            if (!option.hidden()
                    && Arrays.equals(
                            option.description(),
                            es.findOption(option.longestName()).description())) {
                untranslated.add(name + " " + option.longestName());
            }
        }
        for (int i = 0; i < en.positionalParameters().size(); i++) {
            if (Arrays.equals(
                    en.positionalParameters().get(i).description(),
                    es.positionalParameters().get(i).description())) {
                untranslated.add(name + " " + en.positionalParameters().get(i).paramLabel());
            }
        }
        for (String sub : english.getSubcommands().keySet()) {
            compare(english.getSubcommands().get(sub), spanish.getSubcommands().get(sub), untranslated);
        }
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
