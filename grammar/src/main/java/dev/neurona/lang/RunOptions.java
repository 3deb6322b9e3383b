package dev.neurona.lang;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * How a script is run: where its output goes and the settings given on the command line.
 *
 * @param out      epoch lines, reports, printed values
 * @param err      diagnostics and failures
 * @param seed     replaces the script's {@code seed}, or null to keep it
 * @param threads  compute threads; 0 for one per core
 * @param quiet    print only the final figures
 * @param terminal output is an interactive terminal (live progress lines allowed)
 * @param dataDir  where the well-known data sets live ({@code NN_DATA})
 */
public record RunOptions(PrintStream out, PrintStream err, Long seed, int threads, boolean quiet, boolean terminal,
                         Path dataDir) {

    /** The default data folder: {@code $NN_DATA}, else {@code ~/.neurona/datasets}. */
    public static Path defaultDataDir() {
        String env = System.getenv("NN_DATA");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".neurona", "datasets");
    }

    public static RunOptions standard() {
        return new RunOptions(System.out, System.err, null, 0, false, System.console() != null, defaultDataDir());
    }
}
