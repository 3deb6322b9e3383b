package dev.neurona.lang.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The watch page speaks the run's language, decided when the page is opened; its script's words all exist. */
class WatchPageLanguageTest {

    @Test
    void thePageIsInTheLanguageOfTheMomentItIsOpened() throws Exception {
        AtomicReference<Locale> language = new AtomicReference<>(Language.SPANISH);
        try (WatchServer watch = WatchServer.start(0, () -> {}, language::get)) {
            String spanish = get(watch.url());
            assertTrue(spanish.contains("<html lang=\"es\""), spanish);
            assertTrue(spanish.contains(">Detener el entrenamiento</button>"), spanish);
            assertTrue(spanish.contains("<title>Neurona — el entrenamiento en directo</title>"), spanish);
            assertTrue(
                    spanish.contains("\"watch.page.progress\":\"época {0}/{1}, lote {2}/{3}  pérdida {4}\""), spanish);
            assertTrue(spanish.contains("\"watch.page.weights\":\"Los pesos de la primera capa\""), spanish);
            assertFalse(spanish.contains("{{"), spanish);
            assertFalse(spanish.contains("Stop training"), spanish);
            language.set(Language.ENGLISH);
            String english = get(watch.url());
            assertTrue(english.contains("<html lang=\"en\"") && english.contains(">Stop training</button>"), english);
            assertTrue(english.contains("<h2>First layer's weights <small"), english);
        }
    }

    @Test
    void everyWordTheScriptAndThePageAskForExistsInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        check(read("page/watch.js"), Pattern.compile("say\\('([a-z_.]+)'"), missing);
        check(read("page/index.html"), Pattern.compile("\\{\\{t:([a-z_.]+)}}"), missing);
        assertEquals(List.of(), missing);
    }

    /** Each use found must name a key, or for a prefix ({@code 'status.' + key}) start one, in both languages. */
    private static void check(String text, Pattern use, List<String> missing) {
        Matcher m = use.matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
            String key = "watch.page." + m.group(1);
            for (Messages messages : List.of(Messages.of(Language.ENGLISH), Messages.of(Language.SPANISH))) {
                boolean known = key.endsWith(".")
                        ? messages.keys().stream().anyMatch(k -> k.startsWith(key))
                        : messages.has(key);
                if (!known) missing.add(key + " (" + messages.locale() + ")");
            }
        }
        assertTrue(found > 5, "found the words in use: " + found);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = WatchServer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        return answer.body();
    }
}
