package dev.neurona.lang.visual;

import java.util.List;

/**
 * One input and what a network's image layers make of it: the input's maps, the output of every
 * convolution and pool, and the prediction, ready to be drawn.
 *
 * @param input      the input as the network reads it, labelled such as {@code input 1x28x28, row 0 of digits}
 * @param layers     each convolution's and pool's output, in order, labelled such as {@code conv1 16x28x28}
 * @param prediction what the network predicts, as a line such as {@code predicted 7 with probability 0.9312}
 */
public record FeatureMaps(Band input, List<Band> layers, String prediction) {

    public FeatureMaps {
        layers = List.copyOf(layers);
    }

    /**
     * A stack of {@code channels} maps of {@code height × width}, channel by channel, row-major,
     * any range.
     */
    public record Band(String label, float[] values, int channels, int height, int width) {
        public Band {
            if (channels <= 0 || height <= 0 || width <= 0) {
                throw new IllegalArgumentException(
                        "a band's maps must have a positive size, got " + channels + "x" + height + "x" + width);
            }
            if (values.length != channels * height * width) {
                throw new IllegalArgumentException(
                        "expected " + channels + "x" + height + "x" + width + " values, got " + values.length);
            }
        }

        /** Where map {@code c} starts in {@link #values}. */
        public int offset(int c) {
            return c * height * width;
        }
    }
}
