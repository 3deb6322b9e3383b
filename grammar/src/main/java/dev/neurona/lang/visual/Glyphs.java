package dev.neurona.lang.visual;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The characters text charts and progress bars are drawn with: Unicode when the output can show
 * it, plain ASCII otherwise (a log read with a legacy code page, a {@code C} locale).
 *
 * <p>{@link #forOutput()} decides from the setting {@code NN_CHARS} (environment) or
 * {@code nn.chars} (Java system property), {@code unicode} or {@code ascii}; without a setting,
 * from whether the charset of standard output can encode every Unicode glyph used here.
 */
public enum Glyphs {
    UNICODE('●', '○', '◉', '│', '─', '└', '┤', '┬', '█', '░'),
    ASCII('*', 'o', '@', '|', '-', '+', '+', '+', '#', '-');

    /** The marker of the first series (training). */
    public final char first;
    /** The marker of the second series (validation). */
    public final char second;
    /** Where the two series fall on the same character. */
    public final char both;

    public final char vertical;
    public final char horizontal;
    public final char corner;
    /** A labelled tick on the vertical axis. */
    public final char yTick;
    /** A labelled tick on the horizontal axis. */
    public final char xTick;
    /** The done part of a progress bar. */
    public final char barDone;
    /** The part of a progress bar still to go. */
    public final char barToGo;

    Glyphs(
            char first,
            char second,
            char both,
            char vertical,
            char horizontal,
            char corner,
            char yTick,
            char xTick,
            char barDone,
            char barToGo) {
        this.first = first;
        this.second = second;
        this.both = both;
        this.vertical = vertical;
        this.horizontal = horizontal;
        this.corner = corner;
        this.yTick = yTick;
        this.xTick = xTick;
        this.barDone = barDone;
        this.barToGo = barToGo;
    }

    /** The glyphs for standard output, by the setting, else by its charset. */
    public static Glyphs forOutput() {
        String setting = System.getProperty("nn.chars");
        if (setting == null || setting.isBlank()) setting = System.getenv("NN_CHARS");
        if (setting != null && !setting.isBlank()) {
            return setting.trim().toLowerCase(Locale.ROOT).equals("ascii") ? ASCII : UNICODE;
        }
        return forCharset(outputCharset());
    }

    /** {@code UNICODE} when {@code charset} encodes every Unicode glyph, else {@code ASCII}. */
    public static Glyphs forCharset(Charset charset) {
        StringBuilder all = new StringBuilder();
        for (char c : new char[] {
            UNICODE.first,
            UNICODE.second,
            UNICODE.both,
            UNICODE.vertical,
            UNICODE.horizontal,
            UNICODE.corner,
            UNICODE.yTick,
            UNICODE.xTick,
            UNICODE.barDone,
            UNICODE.barToGo,
            '×'
        }) {
            all.append(c);
        }
        return charset.canEncode() && charset.newEncoder().canEncode(all) ? UNICODE : ASCII;
    }

    /** The charset {@code System.out} writes in: the console's when there is one, else the default. */
    private static Charset outputCharset() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
            String name = System.getProperty(property);
            if (name != null) {
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    // an unknown name says nothing; try the next source
                }
            }
        }
        return Charset.defaultCharset();
    }
}
