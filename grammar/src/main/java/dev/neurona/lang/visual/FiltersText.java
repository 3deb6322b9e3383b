package dev.neurona.lang.visual;

import java.util.ArrayList;
import java.util.List;

/**
 * A convolution's kernels as text images for a terminal, numbered from 1 and laid side by side
 * in lines of at most {@value #WIDTH} characters; each kernel in its own range, from blank (its
 * lowest weight) to full (its highest). A kernel over several channels is shown as their mean.
 */
public final class FiltersText {
    public static final int WIDTH = 78;
    private static final int GAP = 2;
    private static final int MAX_TILE = 20;

    private FiltersText() {}

    /** The heading line, then the kernels; ends with a newline. */
    public static String render(Filters filters, Glyphs glyphs) {
        int shown = FilterTiles.shown(filters.filters());
        int k = filters.kernel();
        String shades = TextImage.shades(glyphs);
        StringBuilder out = new StringBuilder();
        out.append(filters.layer())
                .append(": ")
                .append(filters.describe())
                .append(shown < filters.filters() ? ", the first " + shown : "")
                .append(filters.channels() > 1 ? ", channels averaged" : "")
                .append("; each from '")
                .append(shades.charAt(0))
                .append("' (lowest) to '")
                .append(shades.charAt(shades.length() - 1))
                .append("' (highest)\n");
        int tileWidth = TextImage.columns(k, MAX_TILE);
        int perLine = Math.max(1, (WIDTH + GAP) / (tileWidth + GAP));
        List<String> captions = new ArrayList<>();
        List<List<String>> pictures = new ArrayList<>();
        for (int f = 0; f < shown; f++) {
            captions.add(String.valueOf(f + 1));
            pictures.add(TextImage.render(mean(filters, f), 0, k, k, MAX_TILE, glyphs));
            if (pictures.size() == perLine || f == shown - 1) {
                out.append(TextImage.sideBySide(captions, pictures, GAP));
                captions.clear();
                pictures.clear();
            }
        }
        return out.toString();
    }

    /** Filter {@code f}'s kernel averaged over its channels. */
    private static float[] mean(Filters filters, int f) {
        int area = filters.kernel() * filters.kernel();
        float[] mean = new float[area];
        for (int c = 0; c < filters.channels(); c++) {
            int start = filters.offset(f, c);
            for (int i = 0; i < area; i++) mean[i] += filters.weights()[start + i] / filters.channels();
        }
        return mean;
    }
}
