package dev.neurona.lsp;

import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * One line on what each keyword does, from one table per language: {@code keywords.properties}
 * in English, {@code keywords_es.properties} in Spanish, with the same keys.
 */
final class KeywordHelp {

    static final String ENGLISH_FILE = "keywords.properties";
    static final String SPANISH_FILE = "keywords_es.properties";

    private static final Properties ENGLISH = load(ENGLISH_FILE);
    private static final Properties SPANISH = load(SPANISH_FILE);

    private KeywordHelp() {}

    /** The English line. */
    static Optional<String> of(String keyword) {
        return Optional.ofNullable(ENGLISH.getProperty(keyword));
    }

    /** The line in {@code messages}' language. */
    static Optional<String> of(String keyword, Messages messages) {
        return Optional.ofNullable(table(messages).getProperty(keyword));
    }

    /** The keywords of the table in {@code messages}' language. */
    static Set<String> keywords(Messages messages) {
        return table(messages).stringPropertyNames();
    }

    private static Properties table(Messages messages) {
        return messages.locale().equals(Language.SPANISH) ? SPANISH : ENGLISH;
    }

    private static Properties load(String file) {
        Properties lines = new Properties();
        try (InputStream in = KeywordHelp.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the language server");
            }
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
