package dev.neurona.lang.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files a script reads (its data files, and the script itself), so that no statement writes
 * over one. Two paths are the same file when they resolve to it through {@code ..}, symbolic
 * links or hard links.
 */
final class FilesRead {

    /** Each file read, by its real path, with the line that reads it (0 for the script itself). */
    private final Map<Path, Integer> lines = new LinkedHashMap<>();

    void add(Path file, int line) {
        lines.putIfAbsent(identity(file), line);
    }

    /** The line that reads {@code file}, when the script reads it (0: it is the script). */
    Optional<Integer> lineReading(Path file) {
        Path written = identity(file);
        Integer line = lines.get(written);
        if (line != null) {
            return Optional.of(line);
        }
        if (!Files.exists(written)) {
            return Optional.empty();
        }
        for (Map.Entry<Path, Integer> read : lines.entrySet()) {
            if (sameFile(read.getKey(), written)) {
                return Optional.of(read.getValue());
            }
        }
        return Optional.empty();
    }

    /** The real path of an existing file (links followed); otherwise the path made absolute and normal. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** Hard links: two names, one file. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
