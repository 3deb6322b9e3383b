package dev.neurona.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/** One line on what each keyword does, from the one table {@code keywords.properties}. */
final class KeywordHelp {

    private static final Properties LINES = load();

    private KeywordHelp() {}

    static Optional<String> of(String keyword) {
        return Optional.ofNullable(LINES.getProperty(keyword));
    }

    private static Properties load() {
        Properties lines = new Properties();
        try (InputStream in = KeywordHelp.class.getResourceAsStream("keywords.properties")) {
            if (in == null) {
                throw new IllegalStateException("keywords.properties is missing from the language server");
            }
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
