package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The nn launcher's own messages (before any Java runs) follow --lang, else the locale. */
class LauncherLanguageTest {
    private static final Path LAUNCHER = Path.of("..", "nn").toAbsolutePath().normalize();

    @Test
    void withoutJavaTheLauncherSaysSoInTheLocalesLanguage() throws Exception {
        Map<String, String> noJava = Map.of("JAVA_HOME", "/no/such/jdk", "LANG", "es_ES.UTF-8");
        assertEquals(
                "nn: no se encuentra Java; instala un JDK 17 o posterior, o define JAVA_HOME",
                stderr(noJava, "--version"));
        assertEquals(
                "nn: cannot find Java; install a JDK 17 or newer, or set JAVA_HOME",
                stderr(Map.of("JAVA_HOME", "/no/such/jdk", "LANG", "C.UTF-8"), "--version"));
    }

    @Test
    void langOnTheCommandLineWinsOverTheLocale() throws Exception {
        assertEquals(
                "nn: --watch no está disponible con --engine spark (admite --master, --partitions, --sync-every,"
                        + " --seed, --lang, --conf)",
                stderr(Map.of("LANG", "C.UTF-8"), "run", "x.nn", "--engine", "spark", "--lang", "es", "--watch"));
        assertEquals(
                "nn: run takes one script, not 'a.nn' and 'b.nn'",
                stderr(Map.of("LANG", "es_ES.UTF-8"), "run", "a.nn", "b.nn", "--engine", "spark", "--lang", "en"));
    }

    private static String stderr(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(java.util.stream.Stream.concat(
                                List.of("bash", LAUNCHER.toString()).stream(), List.of(args).stream())
                        .toList())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().putAll(env);
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish");
        }
        return err.strip();
    }
}
