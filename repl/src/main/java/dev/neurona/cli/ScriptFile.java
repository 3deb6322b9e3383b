package dev.neurona.cli;

import dev.neurona.runtime.Printable;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code FILE.nn} argument of {@code nn run} and {@code nn check}, and the check both need first. */
final class ScriptFile {
    @Parameters(index = "0", paramLabel = "FILE.nn", descriptionKey = "script", description = "The script.")
    private Path path;

    Path path() {
        return path;
    }

    /**
     * Why the script cannot be read at all (a message for the user, the file name with its control
     * characters escaped), or null when it is a file.
     */
    String problem() {
        if (Files.isRegularFile(path)) {
            return null;
        }
        if (Files.isDirectory(path)) {
            return "'" + Printable.escape(path.toString()) + "' is a folder, not a script";
        }
        return "no such script '" + Printable.escape(path.toString()) + "'";
    }
}
