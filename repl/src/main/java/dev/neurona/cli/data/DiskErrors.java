package dev.neurona.cli.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short phrases for what went wrong in the file system, as the user needs to hear it. */
final class DiskErrors {
    private DiskErrors() {}

    static String describe(IOException problem) {
        if (problem instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (problem instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (problem instanceof NotDirectoryException notFolder) {
            return "not a folder: " + notFolder.getFile();
        }
        if (problem instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getFile() + ": " + fileSystem.getReason();
        }
        String message = problem.getMessage();
        return message == null ? problem.getClass().getSimpleName() : message;
    }
}
