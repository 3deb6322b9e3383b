package dev.neurona.lang;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Files that tests write: IDX images and labels in MNIST's layout, copies of resource folders. */
public final class TestFiles {

    private TestFiles() {}

    /**
     * Writes {@code count} gzip-compressed IDX images of {@code rows × cols} pixels and their
     * labels, cycling through {@code classes} classes. Image {@code i} is bright in its own class's
     * band of pixels, so a model can tell the classes apart.
     */
    public static void writeIdx(Path images, Path labels, int count, int rows, int cols, int classes) {
        int pixels = rows * cols;
        byte[] values = new byte[count * pixels];
        byte[] classOf = new byte[count];
        for (int i = 0; i < count; i++) {
            int label = i % classes;
            classOf[i] = (byte) label;
            for (int p = 0; p < pixels; p++) {
                boolean band = p * classes / pixels == label;
                values[i * pixels + p] = (byte) (band ? 200 + (i * 7 + p) % 56 : (i * 13 + p * 5) % 40);
            }
        }
        write(images, gzip(idx(new int[] {count, rows, cols}, values)));
        write(labels, gzip(idx(new int[] {count}, classOf)));
    }

    /** Copies a folder of the test class path, with everything under it, into {@code target}. */
    public static Path copyResources(String folder, Path target) {
        try {
            Path source = Path.of(TestFiles.class.getResource(folder).toURI());
            try (Stream<Path> all = Files.walk(source)) {
                for (Path path : (Iterable<Path>) all::iterator) {
                    Path copy = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(path, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes text to a file, creating its folder. */
    public static Path write(Path file, String text) {
        return write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] idx(int[] dims, byte[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + values.length);
        buffer.put((byte) 0).put((byte) 0).put((byte) 0x08).put((byte) dims.length);
        for (int d : dims) {
            buffer.putInt(d);
        }
        return buffer.put(values).array();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
