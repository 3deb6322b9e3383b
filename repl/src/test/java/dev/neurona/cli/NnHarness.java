package dev.neurona.cli;

import dev.neurona.cli.data.DatasetCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code nn} command lines in this JVM with captured output, a chosen environment and catalogue. */
public final class NnHarness {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();
    private Path dataDir = Path.of("no-default-data-folder-in-tests");
    private DatasetCatalog catalog = DatasetCatalog.standard();

    public NnHarness env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public NnHarness dataDir(Path dataDir) {
        this.dataDir = dataDir;
        return this;
    }

    public NnHarness catalog(DatasetCatalog catalog) {
        this.catalog = catalog;
        return this;
    }

    /** Runs one command line; output accumulates across runs. */
    public int run(String... args) {
        return Nn.execute(context(), args);
    }

    /** Runs one command line on {@link Nn#commandLine} with an extra subcommand. */
    int runWith(String name, Object subcommand, String... args) {
        CliContext context = context();
        CommandLine commandLine = Nn.commandLine(context).addSubcommand(name, subcommand);
        return Nn.execute(context, commandLine, args);
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    CliContext context() {
        return new CliContext(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                env,
                dataDir,
                catalog);
    }
}
