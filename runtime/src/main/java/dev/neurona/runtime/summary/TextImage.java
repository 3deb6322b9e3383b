package dev.neurona.runtime.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * A small grey image drawn with ASCII shades, darkest to brightest {@code " .:-=+*#%@"}, for a
 * terminal. Two image rows make one line of text, since a character is about twice as tall as
 * wide; the shades span the image's own range, so scaled or normalised pixels draw alike.
 * Blank lines above and below the drawing are left out.
 */
final class TextImage {
    private static final String SHADES = " .:-=+*#%@";

    private TextImage() {}

    /**
     * Draws the {@code height × width} image that starts at {@code offset} in {@code pixels}
     * (row-major); reads the array only.
     */
    static String draw(float[] pixels, int offset, int height, int width) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < height * width; i++) {
            min = Math.min(min, pixels[offset + i]);
            max = Math.max(max, pixels[offset + i]);
        }
        float range = max > min ? max - min : 1;
        List<String> lines = new ArrayList<>();
        for (int y = 0; y < height; y += 2) {
            StringBuilder line = new StringBuilder(" ");
            for (int x = 0; x < width; x++) {
                float value = pixels[offset + y * width + x];
                if (y + 1 < height) {
                    value = (value + pixels[offset + (y + 1) * width + x]) / 2;
                }
                int shade = Math.round((value - min) / range * (SHADES.length() - 1));
                line.append(SHADES.charAt(shade));
            }
            lines.add(line.toString().stripTrailing());
        }
        int first = 0;
        while (first < lines.size() - 1 && lines.get(first).isEmpty()) first++;
        int last = lines.size() - 1;
        while (last > first && lines.get(last).isEmpty()) last--;
        StringBuilder out = new StringBuilder();
        for (String line : lines.subList(first, last + 1)) out.append(line).append('\n');
        return out.toString();
    }
}
