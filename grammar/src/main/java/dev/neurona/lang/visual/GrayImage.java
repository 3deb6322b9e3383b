package dev.neurona.lang.visual;

import java.awt.image.BufferedImage;

/**
 * One example's pixels as a grey picture, ink dark on white paper as digits are written; the
 * shades span the image's own range, so scaled or normalised pixels look alike.
 */
public final class GrayImage {
    static {
        Headless.ensure();
    }

    private GrayImage() {}

    /**
     * Draws the {@code height × width} pixels starting at {@code offset} in {@code pixels}
     * (row-major), each as a {@code scale × scale} square; reads the array only.
     */
    public static BufferedImage draw(float[] pixels, int offset, int height, int width, int scale) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < height * width; i++) {
            min = Math.min(min, pixels[offset + i]);
            max = Math.max(max, pixels[offset + i]);
        }
        float range = max > min ? max - min : 1;
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int ink = Math.round((pixels[offset + y * width + x] - min) / range * 255);
                int shade = 255 - ink;
                int rgb = (shade << 16) | (shade << 8) | shade;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) image.setRGB(x * scale + dx, y * scale + dy, rgb);
                }
            }
        }
        return image;
    }
}
