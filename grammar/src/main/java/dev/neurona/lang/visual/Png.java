package dev.neurona.lang.visual;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;

/** PNG encoding of drawn images: as bytes, as a file written whole, or as a {@code data:} URI. */
public final class Png {
    static {
        Headless.ensure();
    }

    private Png() {}

    public static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) throw new IllegalStateException("no PNG writer in this Java");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The image as {@code data:image/png;base64,...}, for a page that must not fetch anything. */
    public static String dataUri(BufferedImage image) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(encode(image));
    }

    /** Writes the image to {@code file} as a PNG, whole or not at all ({@link AtomicFile}). */
    public static void write(BufferedImage image, Path file) {
        AtomicFile.write(encode(image), file);
    }
}
