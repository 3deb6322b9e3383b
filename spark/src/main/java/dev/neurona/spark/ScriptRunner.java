package dev.neurona.spark;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The hook through which {@link SparkMain} runs a {@code .nn} script: the language's
 * interpreter provides an implementation (registered under
 * {@code META-INF/services/dev.neurona.spark.ScriptRunner}) that runs the script as
 * {@code nn run} does, with its {@code train}, {@code evaluate} and {@code predict} statements
 * going to the cluster's engine and its {@code csv(...)}/{@code parquet(...)} sources to the
 * cluster's reader. {@code script.SparkScriptRunner} is the one this module registers; the
 * interpreter itself knows nothing of Spark, only the engine and reader interfaces it is given.
 */
public interface ScriptRunner {
    /**
     * Runs {@code script} and returns the exit code of {@code nn run}: 0 success, 2 the script
     * is wrong, 1 a failure while running, 130 interrupted.
     *
     * @param seed the {@code --seed} given, or null for the script's own
     */
    int run(Path script, @Nullable Long seed, SparkCluster cluster, SparkEngine engine);

    /**
     * {@link #run(Path, Long, SparkCluster, SparkEngine)} with the script's messages in {@code language}
     * (null for the locale's); a runner that speaks one language only ignores it.
     */
    default int run(
            Path script, @Nullable Long seed, @Nullable Locale language, SparkCluster cluster, SparkEngine engine) {
        return run(script, seed, cluster, engine);
    }

    /** The runner on the class path, if an interpreter that provides one is there. */
    static java.util.Optional<ScriptRunner> find() {
        return ServiceLoader.load(ScriptRunner.class).findFirst();
    }
}
