package dev.neurona.lang.visual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file whole or not at all, so that a failure never leaves half a picture or page behind. */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Writes {@code bytes} to {@code file}, creating its folder, through a temporary file in the
     * same folder that is then moved into place.
     *
     * @throws UncheckedIOException with a message naming the file and the reason
     */
    public static void write(byte[] bytes, Path file) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile: its owner-only permissions would stay on the finished file.
            temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + System.nanoTime() + ".part");
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("could not write '" + file + "': " + reason(e), e);
        }
    }

    /** What went wrong, in words: file-system errors carry the path as their message, not the reason. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "a file is in the way of a folder";
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the original failure is what the user needs to hear about
        }
    }
}
