package dev.neurona.lang.watch;

import dev.neurona.runtime.i18n.Messages;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The watch page in one language: {@code {{lang}}} becomes the language's code, {@code {{t:KEY}}}
 * the message {@code watch.page.KEY}, and {@code {{words}}} a JSON object of every
 * {@code watch.page.*} pattern, for the page's script to fill with its own figures ({@code {0}},
 * {@code {1}}, ... left in place, quotes as they are read).
 */
final class PageWords {

    private static final String PREFIX = "watch.page.";
    private static final Pattern WORD = Pattern.compile("\\{\\{t:([a-z_.]+)}}");
    /** Arguments that give a pattern back with its placeholders: the page fills them. */
    private static final Object[] PLACES = {"{0}", "{1}", "{2}", "{3}", "{4}", "{5}", "{6}"};

    private PageWords() {}

    /** {@code html} with its words in {@code messages}' language. */
    static String fill(String html, Messages messages) {
        Matcher m = WORD.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(escape(messages.text(PREFIX + m.group(1)))));
        }
        m.appendTail(out);
        return out.toString()
                .replace("{{lang}}", messages.locale().getLanguage())
                .replace("{{words}}", words(messages));
    }

    /** Every word of the page as JSON, safe inside a {@code <script>} element (no {@code <} at all). */
    private static String words(Messages messages) {
        Json json = new Json();
        for (String key : new TreeSet<>(messages.keys())) {
            if (key.startsWith(PREFIX)) json.text(key, messages.text(key, PLACES));
        }
        return json.toString().replace("<", "\\u003c");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
