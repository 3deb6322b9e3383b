package dev.neurona.lang.visual;

import java.util.ArrayList;
import java.util.List;

/**
 * One input and its feature maps as text images for a terminal: the input, then the first
 * {@value #MAPS_PER_LAYER} maps of every convolution and pool side by side under their layer's
 * label, then the prediction. Each map is in its own range, from blank (lowest) to full (highest);
 * an input of several channels is shown as their mean.
 */
public final class MapsText {
    public static final int MAPS_PER_LAYER = 4;
    private static final int INPUT_COLUMNS = 56;
    private static final int MAP_COLUMNS = 18;
    private static final int GAP = 2;

    private MapsText() {}

    /** Ends with a newline. */
    public static String render(FeatureMaps maps, Glyphs glyphs) {
        StringBuilder out = new StringBuilder();
        FeatureMaps.Band input = maps.input();
        out.append(input.label())
                .append(input.channels() > 1 ? " (channels averaged)" : "")
                .append('\n');
        float[] mean = mean(input);
        for (String line : TextImage.render(mean, 0, input.height(), input.width(), INPUT_COLUMNS, glyphs)) {
            out.append(line.stripTrailing()).append('\n');
        }
        for (FeatureMaps.Band band : maps.layers()) {
            int shown = Math.min(MAPS_PER_LAYER, band.channels());
            out.append(band.label())
                    .append(shown < band.channels() ? " (the first " + shown + " of " + band.channels() + " maps)" : "")
                    .append('\n');
            List<String> captions = new ArrayList<>();
            List<List<String>> pictures = new ArrayList<>();
            for (int c = 0; c < shown; c++) {
                captions.add(String.valueOf(c + 1));
                pictures.add(TextImage.render(
                        band.values(), band.offset(c), band.height(), band.width(), MAP_COLUMNS, glyphs));
            }
            out.append(TextImage.sideBySide(captions, pictures, GAP));
        }
        out.append(maps.prediction()).append('\n');
        return out.toString();
    }

    private static float[] mean(FeatureMaps.Band band) {
        int area = band.height() * band.width();
        float[] mean = new float[area];
        for (int c = 0; c < band.channels(); c++) {
            for (int i = 0; i < area; i++) mean[i] += band.values()[band.offset(c) + i] / band.channels();
        }
        return mean;
    }
}
