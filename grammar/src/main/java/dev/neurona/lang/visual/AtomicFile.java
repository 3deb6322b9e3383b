package dev.neurona.lang.visual;

import dev.neurona.runtime.io.SafeWrite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes a file whole or not at all, so that a failure never leaves half a picture or page behind. */
public final class AtomicFile {

    private AtomicFile() {}

    /**
     * Writes {@code bytes} to {@code file}, creating its folder, as {@link SafeWrite} does: through
     * a temporary file beside it, keeping an existing file's permissions and a link's target.
     *
     * @throws UncheckedIOException with a message naming the file and the reason
     */
    public static void write(byte[] bytes, Path file) {
        try {
            SafeWrite.replace(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write '" + file + "': " + SafeWrite.reason(e), e);
        }
    }
}
