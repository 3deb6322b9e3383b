package dev.neurona.cli;

import dev.neurona.cli.data.DatasetCatalog;
import dev.neurona.lang.RunOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every {@code nn} subcommand may use from the world around it, gathered in one place so
 * that tests can run the whole command line in-process with captured streams.
 *
 * @param out      the command's output
 * @param err      diagnostics and failures
 * @param terminal output is an interactive terminal (live progress lines allowed)
 * @param env      environment variables ({@code NN_DEBUG}, {@code NN_DATA_MIRROR})
 * @param dataDir  the default folder of the well-known data sets
 * @param catalog  the well-known data sets {@code nn data} knows how to fetch
 */
public record CliContext(
        PrintStream out,
        PrintStream err,
        boolean terminal,
        Map<String, String> env,
        Path dataDir,
        DatasetCatalog catalog) {

    /** The real process: standard streams, environment, {@code $NN_DATA} and the built-in catalogue. */
    public static CliContext system() {
        return new CliContext(
                System.out,
                System.err,
                System.console() != null,
                System.getenv(),
                RunOptions.defaultDataDir(),
                DatasetCatalog.standard());
    }

    /** True when {@code NN_DEBUG} is set to anything but empty, {@code 0} or {@code false}. */
    public boolean debug() {
        String value = env.get("NN_DEBUG");
        return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }
}
