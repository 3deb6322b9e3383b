package dev.neurona.runtime.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the main sources of every module for the keys given to {@link Messages#text} (dotted
 * words, such as {@code explain.title}, unlike the field names of JSON builders) and checks
 * that both languages hold each: a literal key must exist, a literal prefix completed at run
 * time ({@code "explain.job." + kind}) must start at least one key.
 */
class MessageKeysUsedTest {

    private static final Pattern USE = Pattern.compile("(?:\\.text|Text\\.of)\\(\\s*\"([a-z_]+\\.[a-z_.]+)\"");

    @Test
    void everyKeyUsedInCodeExistsInBothLanguages() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) continue;
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        assertTrue(sources.stream().anyMatch(f -> f.endsWith("Messages.java")), "found the sources from " + root);
        List<String> missing = new ArrayList<>();
        int used = 0;
        for (Path file : sources) {
            Matcher m = USE.matcher(read(file));
            while (m.find()) {
                used++;
                String key = m.group(1);
                for (Messages language : List.of(Messages.of(Language.ENGLISH), Messages.of(Language.SPANISH))) {
                    boolean known = key.endsWith(".")
                            ? language.keys().stream().anyMatch(k -> k.startsWith(key))
                            : language.has(key);
                    if (!known) missing.add(root.relativize(file) + ": " + key + " (" + language.locale() + ")");
                }
            }
        }
        assertTrue(used > 20, "the scan finds the keys in use, found " + used);
        assertEquals(List.of(), missing);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
