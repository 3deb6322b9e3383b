package dev.neurona.cli;

import dev.neurona.repl.Messages;
import dev.neurona.runtime.Printable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Parameters;

/** The {@code FILE.nn} argument of {@code nn run} and {@code nn check}, and the check both need first. */
final class ScriptFile {
    @Parameters(index = "0", paramLabel = "FILE.nn", descriptionKey = "script", description = "The script.")
    private Path path;

    Path path() {
        return path;
    }

    /**
     * Why the script cannot be read at all (a message for the user in {@code language}, the file name
     * with its control characters escaped), or null when it is a file.
     */
    @Nullable
    String problem(Locale language) {
        return problem(path, language);
    }

    /** Why {@code path} is no script to read, in {@code language}; null when it is a file. */
    static @Nullable String problem(Path path, Locale language) {
        if (Files.isRegularFile(path)) {
            return null;
        }
        String name = Printable.escape(path.toString());
        return Messages.in(language, Files.isDirectory(path) ? "cli.script_is_folder" : "cli.no_script", name);
    }
}
