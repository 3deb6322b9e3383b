package dev.neurona.cli.data;

import dev.neurona.repl.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Short phrases for what went wrong in the file system, as the user needs to hear it. */
final class DiskErrors {
    private DiskErrors() {}

    static String describe(IOException problem, Locale language) {
        if (problem instanceof AccessDeniedException denied) {
            return Messages.in(language, "data.disk.denied", denied.getFile());
        }
        if (problem instanceof NoSuchFileException missing) {
            return Messages.in(language, "data.disk.missing", missing.getFile());
        }
        if (problem instanceof NotDirectoryException notFolder) {
            return Messages.in(language, "data.disk.not_folder", notFolder.getFile());
        }
        if (problem instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getFile() + ": " + fileSystem.getReason();
        }
        String message = problem.getMessage();
        return message == null ? problem.getClass().getSimpleName() : message;
    }
}
