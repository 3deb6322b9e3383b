package dev.neurona.runtime.i18n;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a paragraph into lines of at most a given width for a terminal, continuation lines
 * indented; a phrase in single quotes, such as {@code 'l2 0.0005'}, which the user may type back,
 * stays on one line.
 */
public final class TextWrap {

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final char GLUE = '\u00A0';

    private TextWrap() {}

    /**
     * {@code text} as lines of at most {@code width} columns (a word longer than that stands alone),
     * the first starting with {@code first}, the others with {@code rest}; ends in a newline.
     */
    public static String wrap(String text, int width, String first, String rest) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        String glued = QUOTED.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group().replace(' ', GLUE)));
        for (String word : glued.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            word = word.replace(GLUE, ' ');
            if (!empty && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        return out.append(line).append('\n').toString();
    }
}
