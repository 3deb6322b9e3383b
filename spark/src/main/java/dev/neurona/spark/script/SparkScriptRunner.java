package dev.neurona.spark.script;

import dev.neurona.lang.RunOptions;
import dev.neurona.spark.ScriptRunner;
import dev.neurona.spark.SparkCluster;
import dev.neurona.spark.SparkEngine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The interpreter behind {@code SparkMain run SCRIPT.nn}: runs the script as {@code nn run}
 * does, with {@code train}, {@code evaluate} and {@code predict} on the cluster's engine and
 * {@code csv(...)}/{@code parquet(...)} read through the cluster. A failure on a worker reaches
 * the user as the interpreter reports any runtime error: one line naming the statement
 * ({@code script.nn:12:1: error: training on Spark failed: ...}).
 */
public final class SparkScriptRunner implements ScriptRunner {
    private final PrintStream out;
    private final PrintStream err;

    /** Writes to the standard streams; what {@code ServiceLoader} makes. */
    public SparkScriptRunner() {
        this(System.out, System.err);
    }

    public SparkScriptRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(Path script, @Nullable Long seed, SparkCluster cluster, SparkEngine engine) {
        return run(script, seed, null, cluster, engine);
    }

    @Override
    public int run(
            Path script, @Nullable Long seed, @Nullable Locale language, SparkCluster cluster, SparkEngine engine) {
        RunOptions.Builder builder = RunOptions.builder().out(out).err(err).seed(seed);
        RunOptions options = (language == null ? builder : builder.locale(language)).build();
        dev.neurona.lang.ScriptRunner runner =
                new dev.neurona.lang.ScriptRunner(options, engine, new SparkTables(cluster.reader()));
        // Ctrl-C: stop training after the running round, so the last epochs' figures still print.
        Thread cancel = new Thread(runner::cancel, "neurona-cancel");
        Runtime.getRuntime().addShutdownHook(cancel);
        try {
            return runner.run(script);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            } catch (IllegalStateException shuttingDown) {
                // the hook has run: nothing to remove
            }
        }
    }
}
