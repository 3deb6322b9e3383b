package dev.neurona.lang.check.facts;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where a script's files are: paths written in a script are relative to the script's directory
 * (in the REPL, the working directory); the well-known data sets live in the data folder.
 *
 * @param baseDir the directory relative paths start from; an empty path means the working directory
 * @param dataDir the data folder ({@code NN_DATA}, default {@code ~/.neurona/datasets})
 * @param script  the script file being checked, which no statement may write over; null in the
 *                REPL or for text that is not a file
 */
public record ScriptPaths(
        Path baseDir, Path dataDir, @Nullable Path script) {

    /** Paths for text that is not a script file (the REPL's entries). */
    public ScriptPaths(Path baseDir, Path dataDir) {
        this(baseDir, dataDir, null);
    }

    /** The file a script means by {@code written}: itself when absolute, else under {@link #baseDir}. */
    public Path resolve(String written) {
        return baseDir.resolve(written);
    }

    /** A path as a message shows where it was looked for: absolute and normalised. */
    public static String shown(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
